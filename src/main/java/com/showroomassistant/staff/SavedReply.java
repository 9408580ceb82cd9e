package com.showroomassistant.staff;

import java.time.Instant;

/** A reply staff keep at hand ("template jawaban"), called by its name: /reply 0812... #alamat. */
public record SavedReply(long id, String name, String text, Instant updatedAt) {}
