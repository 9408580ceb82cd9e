package com.showroomassistant.gateway;

public record SendResult(String messageId) {}
