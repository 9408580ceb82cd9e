package com.showroomassistant.intent;

/** One vehicle model of the catalogue. */
public record CatalogueEntry(String make, String model, String bodyType, int seats) {}
