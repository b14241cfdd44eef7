package io.o2o.fulfilment.process;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/** Reading what a person submitted on a task form, and refusing it in words Tasklist shows on the form. */
public final class FormValues {

    private FormValues() {
    }

    /** A whole number from a form field (form-js sends numbers, a hand-made REST call may send text); else null. */
    public static Integer wholeNumber(Object value) {
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return number.intValue();
        }
        if (value instanceof String text && text.strip().matches("-?\\d+")) {
            return Integer.valueOf(text.strip());
        }
        return null;
    }

    public static boolean checked(Object value) {
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }

    public static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }

    /**
     * Refuses the submitted form: the task stays open, and Tasklist shows {@code message} (Vietnamese /
     * English) on the form (see {@link FormRefusals}).
     */
    public static FormFieldValidationException refused(String field, String message) {
        return new FormFieldValidationException(field, message);
    }
}
