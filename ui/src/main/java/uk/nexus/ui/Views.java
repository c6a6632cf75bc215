package uk.nexus.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.nexus.model.Provenance;

/** Small helpers the views share: who may see what, and how provenance is written. */
public final class Views {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private Views() {}

    /** Whether the user holds one of the operational roles that read records. */
    public static boolean canReadRecords(AuthenticationContext auth) {
        return auth.hasAnyRole("ANALYST", "DETECTIVE", "SUPERVISOR", "REFERRALS");
    }

    /** Whether the user analyses: rankings, harm and its explanations (not the referral desk). */
    public static boolean canAnalyse(AuthenticationContext auth) {
        return auth.hasAnyRole("ANALYST", "DETECTIVE", "SUPERVISOR");
    }

    /** Whether the user may disclose (export) networks. */
    public static boolean canExport(AuthenticationContext auth) {
        return auth.hasAnyRole("DETECTIVE", "SUPERVISOR");
    }

    /** Whether the user decides retention reviews. */
    public static boolean canReview(AuthenticationContext auth) {
        return auth.hasRole("SUPERVISOR");
    }

    /** Whether the user administers Nexus (bundle uploads, reference data). */
    public static boolean canAdminister(AuthenticationContext auth) {
        return auth.hasRole("ADMIN");
    }

    /** Whether the user audits (access log, equality monitoring). */
    public static boolean canAudit(AuthenticationContext auth) {
        return auth.hasRole("AUDITOR");
    }

    /** "CRIS-1001 · 2 May 2023 · ASSESSMENT 3x5x2 2B/P · valid 2022-01-01 →". */
    public static String provenance(@Nullable Provenance p) {
        if (p == null) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        s.append(p.source() == null ? "no source" : p.source());
        if (p.recordedAt() != null) {
            s.append(" · ").append(DATE.format(p.recordedAt()));
        }
        if (p.basis() != null) {
            s.append(" · ").append(p.basis());
        }
        if (p.grade() != null) {
            s.append(' ')
                    .append(p.gradeScheme())
                    .append(' ')
                    .append(p.grade())
                    .append('/')
                    .append(p.handling());
        }
        if (p.validFrom() != null || p.validTo() != null) {
            s.append(" · valid ")
                    .append(p.validFrom() == null ? "…" : p.validFrom())
                    .append(" → ")
                    .append(p.validTo() == null ? "" : p.validTo());
        }
        return s.toString();
    }
}
