package uk.nexus.resolution.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything identity resolution compares about one person: a stored subject (with its aliases,
 * phones and addresses) or a claim as given. Holds no nationality, ethnicity or immigration status:
 * they are never evidence of identity.
 *
 * @param id subject id (empty for a claim)
 * @param names the recorded name first, then aliases and other names given
 * @param dobs the recorded date of birth first (if any), then alias dates of birth
 * @param gender M, F or null when not recorded
 * @param phones phone numbers, digits only, national form (07…)
 * @param addresses addresses as {@code L:<location id>} and {@code PC:<postcode>} keys
 * @param borough the borough the record was made in, or null
 */
public record IdentityRecord(
        String id,
        List<Name> names,
        List<LocalDate> dobs,
        @Nullable String gender,
        @Nullable String pncId,
        @Nullable String croNumber,
        @Nullable String passportNumber,
        Set<String> phones,
        Set<String> addresses,
        @Nullable String borough) {

    public IdentityRecord {
        names = List.copyOf(names);
        dobs = List.copyOf(dobs);
        phones = Set.copyOf(phones);
        addresses = Set.copyOf(addresses);
        pncId = identifier(pncId);
        croNumber = identifier(croNumber);
        passportNumber = identifier(passportNumber);
        borough = borough == null || borough.isBlank() ? null : borough.strip();
        gender = gender == null || gender.isBlank() || !(gender.equals("M") || gender.equals("F")) ? null : gender;
    }

    /**
     * One name: forenames and surname as recorded, and what it is ("recorded name", "alias NICKNAME").
     */
    public record Name(String forenames, String surname, String label) {

        /** Normalised forename tokens. */
        List<String> forenameTokens() {
            return Names.tokens(forenames);
        }

        /** Normalised surname tokens. */
        List<String> surnameTokens() {
            return Names.tokens(surname);
        }

        /** "Forenames SURNAME". */
        String display() {
            return (forenames + " " + surname.toUpperCase(java.util.Locale.ROOT)).strip();
        }
    }

    /** Identifiers compared without case, spaces or separators beyond the characters themselves. */
    private static @Nullable String identifier(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
        return v.isEmpty() ? null : v;
    }

    /** Digits of a phone number in national form (+44 7700 900123 and 07700900123 agree). */
    public static String phone(String number) {
        String digits = number.replaceAll("[^0-9]", "");
        if (digits.startsWith("44") && digits.length() >= 12) {
            return "0" + digits.substring(2);
        }
        if (digits.startsWith("0044")) {
            return "0" + digits.substring(4);
        }
        return digits;
    }

    /** A postcode as an address key (upper case, no spaces). */
    public static String postcode(String postcode) {
        return "PC:" + postcode.toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", "");
    }
}
