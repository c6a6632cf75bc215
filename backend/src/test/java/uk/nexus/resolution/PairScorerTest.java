package uk.nexus.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nexus.resolution.internal.IdentityRecord;
import uk.nexus.resolution.internal.Names;
import uk.nexus.resolution.internal.PairScorer;

class PairScorerTest {

    private static IdentityRecord person(String forenames, String surname, LocalDate dob) {
        return new IdentityRecord(
                "x",
                List.of(new IdentityRecord.Name(forenames, surname, "recorded name")),
                List.of(dob),
                "M",
                null,
                null,
                null,
                Set.of(),
                Set.of(),
                null);
    }

    private static final LocalDate DOB = LocalDate.of(1990, 3, 7);

    @Test
    void transliterations_and_familiar_forms_are_variants() {
        assertThat(Names.compare("mohammed", "muhammad")).isEqualTo(Names.Agreement.VARIANT);
        assertThat(Names.compare("aleksandr", "alexander")).isEqualTo(Names.Agreement.VARIANT);
        assertThat(Names.compare("tom", "thomas")).isEqualTo(Names.Agreement.VARIANT);
        assertThat(Names.compare("j", "james")).isEqualTo(Names.Agreement.INITIAL);
        assertThat(Names.compare("quilliam", "quiliam")).isIn(Names.Agreement.PHONETIC, Names.Agreement.CLOSE);
        assertThat(Names.compare("smith", "jones")).isEqualTo(Names.Agreement.NONE);
    }

    @Test
    void each_variation_of_one_person_still_scores_a_match() {
        IdentityRecord original = person("Mohammed Ali", "Hassan", DOB);
        for (IdentityRecord variant : List.of(
                person("Muhammad Ali", "Hassan", DOB),
                person("Hassan", "Mohammed", DOB),
                person("M", "Hassan", DOB),
                person("Mohammed", "Hasan", LocalDate.of(1990, 7, 3)),
                person("Mohammed", "Hassan", LocalDate.of(1991, 3, 7)),
                person("Mohammed", "Hassan", LocalDate.of(1990, 3, 8)))) {
            PairScorer.Scored s = PairScorer.score(original, variant);
            assertThat(s.band()).as("%s: %s", variant.names(), s.reasons()).isEqualTo(MatchCandidate.Band.MATCH);
            assertThat(s.reasons()).isNotEmpty();
        }
    }

    @Test
    void same_name_with_another_date_of_birth_is_not_proposed() {
        PairScorer.Scored s = PairScorer.score(
                person("Mohammed", "Hassan", DOB), person("Mohammed", "Hassan", LocalDate.of(1984, 11, 23)));
        assertThat(s.band()).isNull();
        assertThat(s.reasons()).anyMatch(r -> r.startsWith("-3.5 date of birth differs"));
    }

    @Test
    void pnc_id_agreement_is_strong_and_a_one_character_typo_still_counts() {
        IdentityRecord a = new IdentityRecord(
                "a",
                List.of(new IdentityRecord.Name("Jon", "Carter", "recorded name")),
                List.of(),
                null,
                "2010/0123456A",
                null,
                null,
                Set.of(),
                Set.of(),
                null);
        IdentityRecord b = new IdentityRecord(
                "b",
                List.of(new IdentityRecord.Name("John", "Carter", "recorded name")),
                List.of(),
                null,
                "2010/0123456A",
                null,
                null,
                Set.of(),
                Set.of(),
                null);
        IdentityRecord typo = new IdentityRecord(
                "c",
                List.of(new IdentityRecord.Name("John", "Carter", "recorded name")),
                List.of(),
                null,
                "2010/0123465A",
                null,
                null,
                Set.of(),
                Set.of(),
                null);
        assertThat(PairScorer.score(a, b).band()).isEqualTo(MatchCandidate.Band.MATCH);
        assertThat(PairScorer.score(a, typo).reasons()).anyMatch(r -> r.contains("PNC id differs by one character"));
    }

    @Test
    void an_exact_pnc_id_is_a_match_even_under_a_name_never_recorded_but_not_with_another_birthday() {
        IdentityRecord stored = new IdentityRecord(
                "s",
                List.of(new IdentityRecord.Name("Tobias", "Quilliam", "recorded name")),
                List.of(DOB),
                "M",
                "2012/0099999Z",
                null,
                null,
                Set.of(),
                Set.of(),
                null);
        IdentityRecord claim = new IdentityRecord(
                "",
                List.of(new IdentityRecord.Name("Kevin", "Marsh", "name given")),
                List.of(),
                null,
                "2012/0099999Z",
                null,
                null,
                Set.of(),
                Set.of(),
                null);
        IdentityRecord claimOtherBirthday = new IdentityRecord(
                "",
                List.of(new IdentityRecord.Name("Kevin", "Marsh", "name given")),
                List.of(LocalDate.of(1970, 1, 1)),
                null,
                "2012/0099999Z",
                null,
                null,
                Set.of(),
                Set.of(),
                null);
        IdentityRecord noName = new IdentityRecord(
                "",
                List.of(new IdentityRecord.Name("", "", "name given")),
                List.of(),
                null,
                "2012/0099999Z",
                null,
                null,
                Set.of(),
                Set.of(),
                null);
        assertThat(PairScorer.score(claim, stored).band()).isEqualTo(MatchCandidate.Band.MATCH);
        assertThat(PairScorer.score(noName, stored).band()).isEqualTo(MatchCandidate.Band.MATCH);
        assertThat(PairScorer.score(claimOtherBirthday, stored).band()).isNull();
    }
}
