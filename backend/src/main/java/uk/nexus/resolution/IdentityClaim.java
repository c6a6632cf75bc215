package uk.nexus.resolution;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Identity details as someone gave them (a detainee in custody) or as another record holds them.
 * Every part is optional except the name; nothing here is trusted.
 *
 * @param forenames given names as given (any order, any transliteration)
 * @param surname family name as given
 * @param otherNames other names the person gave or is known by ("forenames surname" each)
 * @param dateOfBirth as given (may carry a transposed day/month or a typo)
 * @param pncId Police National Computer id, e.g. 2010/0123456A
 * @param croNumber Criminal Records Office number, e.g. 012345/10A
 * @param passportNumber any passport number
 * @param phones phone numbers as given
 * @param postcode a home postcode as given
 */
public record IdentityClaim(
        String forenames,
        String surname,
        List<String> otherNames,
        @Nullable LocalDate dateOfBirth,
        @Nullable String pncId,
        @Nullable String croNumber,
        @Nullable String passportNumber,
        List<String> phones,
        @Nullable String postcode) {

    public IdentityClaim {
        otherNames = List.copyOf(otherNames);
        phones = List.copyOf(phones);
    }
}
