"""Prompt files of the LLM engine, shipped inside the wheel as `summarise.prompts`."""
