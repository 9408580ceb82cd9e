package com.showroomassistant.assistant.llm;

/** A tool the model asked for, with its arguments as the JSON text the model wrote. */
public record ToolCall(String name, String arguments) {}
