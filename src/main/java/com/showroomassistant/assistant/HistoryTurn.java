package com.showroomassistant.assistant;

/** One earlier message of the conversation, as the model should see it. */
public record HistoryTurn(boolean fromCustomer, String text) {}
