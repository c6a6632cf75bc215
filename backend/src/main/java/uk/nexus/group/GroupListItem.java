package uk.nexus.group;

import org.jspecify.annotations.Nullable;

/**
 * A gang or OCG in a list.
 *
 * @param id group id
 * @param type GANG or OCG
 * @param name name
 * @param borough main area of operation
 * @param ocgmBand last recorded OCGM band (OCG only)
 * @param primaryActivity main criminality
 * @param members current members (no end date)
 * @param pastReview the group's record is past its MoPI review date without a decision
 */
public record GroupListItem(
        String id,
        String type,
        String name,
        @Nullable String borough,
        @Nullable String ocgmBand,
        @Nullable String primaryActivity,
        long members,
        boolean pastReview) {}
