package com.showroomassistant.tenant;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import java.util.Set;

/** A map keyed by lower-case weekday names, monday..sunday. */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Weekdays.Validator.class)
@interface Weekdays {

    Set<String> NAMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    String message() default "keys must be weekdays (monday..sunday)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Weekdays, Map<String, ?>> {
        @Override
        public boolean isValid(Map<String, ?> value, ConstraintValidatorContext context) {
            return value == null || NAMES.containsAll(value.keySet());
        }
    }
}
