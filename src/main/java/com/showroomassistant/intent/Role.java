package com.showroomassistant.intent;

/** Who sent a message: a customer of the showroom or a member of its staff. */
public enum Role {
    CUSTOMER,
    STAFF
}
