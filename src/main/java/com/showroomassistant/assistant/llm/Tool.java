package com.showroomassistant.assistant.llm;

import java.util.Map;

/**
 * An action the model may ask the turn to carry out, in the OpenAI tool format:
 * {@code {"type":"function","function":{"name","description","parameters"}}}.
 */
public record Tool(String type, Function function) {

    public record Function(String name, String description, Map<String, Object> parameters) {}

    public static Tool function(String name, String description, Map<String, Object> parameters) {
        return new Tool("function", new Function(name, description, parameters));
    }
}
