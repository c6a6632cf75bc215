package uk.nexus.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.nexus.resolution.IdentityClaim;

/**
 * A detainee booked into custody, with the details as given (none of them trusted) and the arrest.
 *
 * @param forenames as given
 * @param surname as given
 * @param otherNames other names given ("forenames surname" each)
 * @param dateOfBirth as given
 * @param pncId PNC id if known
 * @param croNumber CRO number if known
 * @param passportNumber passport number if produced
 * @param phones phones on the detainee
 * @param postcode home postcode as given
 * @param custodySuite where
 * @param arrestedAt when arrested
 * @param offenceCode the arrest offence (offence table)
 * @param arrestingOfficer collar number or name
 * @param circumstances free text
 * @param checks the checks requested
 */
public record CustodyIntake(
        @NotBlank @Size(max = 200) String forenames,
        @NotBlank @Size(max = 200) String surname,
        @Nullable @Size(max = 20) List<@NotBlank @Size(max = 300) String> otherNames,
        @Nullable @Past LocalDate dateOfBirth,

        @Nullable @Pattern(regexp = "[0-9]{2,4}/[0-9]{1,7}[A-Z]", message = "must be a PNC id such as 2010/0123456A")
        String pncId,

        @Nullable @Pattern(regexp = "[0-9]{1,6}/[0-9]{2}[A-Z]", message = "must be a CRO number such as 012345/10A")
        String croNumber,

        @Nullable @Pattern(regexp = "[A-Z0-9]{5,20}", message = "must be a passport number (A-Z, 0-9)")
        String passportNumber,

        @Nullable @Size(max = 10)
        List<@Pattern(regexp = "\\+?[0-9][0-9 ]{4,24}", message = "must be a phone number") String> phones,

        @Nullable @Pattern(regexp = "[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}", message = "must be a UK postcode")
        String postcode,

        @NotBlank @Size(max = 200) String custodySuite,
        @NotNull Instant arrestedAt,

        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}", message = "must be an offence code")
        String offenceCode,

        @NotBlank @Size(max = 200) String arrestingOfficer,
        @Nullable @Size(max = 5000) String circumstances,
        @Nullable Set<CheckKind> checks) {

    public CustodyIntake {
        otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
        phones = phones == null ? List.of() : List.copyOf(phones);
        checks = checks == null ? Set.of() : Set.copyOf(checks);
    }

    /** The details as an identity claim for the resolver. */
    public IdentityClaim claim() {
        return new IdentityClaim(
                forenames.strip(),
                surname.strip(),
                otherNames,
                dateOfBirth,
                pncId,
                croNumber,
                passportNumber,
                phones,
                postcode);
    }
}
