package com.showroomassistant.gateway;

public record Image(String imageUrl, String caption) {}
