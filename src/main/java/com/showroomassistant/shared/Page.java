package com.showroomassistant.shared;

import java.util.List;

/** The list shape of the management API. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static int clampSize(Integer size) {
        return size == null ? 20 : Math.max(1, Math.min(size, 200));
    }

    public static int clampPage(Integer page) {
        return page == null ? 0 : Math.max(0, page);
    }
}
