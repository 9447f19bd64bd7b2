package co.pactos.kit.web;

import java.util.regex.Pattern;

/** Caller-chosen ids, as API.md defines them. */
public final class Ids {

    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";
    private static final Pattern ID = Pattern.compile(PATTERN);

    private Ids() {
    }

    /** Returns the id, or throws {@link InvalidInput} naming the field when it is not a valid id. */
    public static String check(String field, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidInput(field, "must match " + PATTERN + " (a letter or digit, then up to 63 of letters, digits, '.', '_', ':', '-')");
        }
        return id;
    }
}
