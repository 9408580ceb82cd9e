package com.showroomassistant.conversation;

/** A showroom's label for conversations ("hot", "kredit", "tukar tambah"). */
public record Label(long id, String name) {}
