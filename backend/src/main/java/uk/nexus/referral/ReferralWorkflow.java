package uk.nexus.referral;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import uk.nexus.security.Role;
import uk.nexus.web.ConflictException;

/**
 * The referral state machine, with no I/O: which action is allowed in which state, for which role,
 * by whom. Every refusal says what is wrong and what would be allowed.
 *
 * <pre>
 * DRAFT --SUBMIT--> SUBMITTED --APPROVE--> APPROVED --ACCEPT--> ACCEPTED --RECORD_OUTCOME--> ACCEPTED
 *   ^                   |                      |
 *   +------RETURN-------+                      +--REJECT--> REJECTED
 * </pre>
 */
public final class ReferralWorkflow {

    private ReferralWorkflow() {}

    /** Who is acting: user name and roles. */
    public record Actor(String name, Set<Role> roles) {
        boolean has(Role... any) {
            for (Role r : any) {
                if (roles.contains(r)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The state after {@code action}, or a {@link ConflictException} (409) if the action is not
     * allowed now, or {@link AccessDeniedException} (403) if the actor's role may never take it.
     *
     * @param author who drafted the referral
     * @param submitter who submitted it (null before submission)
     */
    public static ReferralState next(
            ReferralState state, Action action, Actor actor, String author, @Nullable String submitter) {
        requireRole(action, actor);
        return switch (action) {
            case SUBMIT -> {
                require(state, ReferralState.DRAFT, action);
                yield ReferralState.SUBMITTED;
            }
            case RETURN -> {
                require(state, ReferralState.SUBMITTED, action);
                yield ReferralState.DRAFT;
            }
            case APPROVE -> {
                require(state, ReferralState.SUBMITTED, action);
                if (actor.name().equals(author) || actor.name().equals(submitter)) {
                    throw new ConflictException(
                            "four-eyes",
                            "Four-eyes: " + actor.name() + " drafted or submitted this referral; another supervisor"
                                    + " must approve it.");
                }
                yield ReferralState.APPROVED;
            }
            case ACCEPT, REJECT -> {
                require(state, ReferralState.APPROVED, action);
                yield action == Action.ACCEPT ? ReferralState.ACCEPTED : ReferralState.REJECTED;
            }
            case RECORD_OUTCOME -> {
                require(state, ReferralState.ACCEPTED, action);
                yield ReferralState.ACCEPTED;
            }
        };
    }

    /** The roles that may ever take an action. */
    public static Set<Role> rolesFor(Action action) {
        return switch (action) {
            case SUBMIT -> Set.of(Role.ANALYST, Role.DETECTIVE, Role.REFERRALS, Role.SUPERVISOR);
            case RETURN, APPROVE -> Set.of(Role.SUPERVISOR);
            case ACCEPT, REJECT, RECORD_OUTCOME -> Set.of(Role.REFERRALS);
        };
    }

    /** Whether the action can be taken from this state at all (for offering it in the UI). */
    public static boolean allowedIn(ReferralState state, Action action) {
        return switch (action) {
            case SUBMIT -> state == ReferralState.DRAFT;
            case RETURN, APPROVE -> state == ReferralState.SUBMITTED;
            case ACCEPT, REJECT -> state == ReferralState.APPROVED;
            case RECORD_OUTCOME -> state == ReferralState.ACCEPTED;
        };
    }

    private static void requireRole(Action action, Actor actor) {
        if (!actor.has(rolesFor(action).toArray(Role[]::new))) {
            throw new AccessDeniedException("Your role does not allow "
                    + action.name().toLowerCase(java.util.Locale.ROOT) + "; it is for " + rolesFor(action));
        }
    }

    private static void require(ReferralState state, ReferralState expected, Action action) {
        if (state != expected) {
            throw new ConflictException(
                    "illegal-transition",
                    "A referral that is " + state + " cannot be " + verb(action) + "; only " + article(expected) + " "
                            + expected + " referral can.");
        }
    }

    private static String article(ReferralState state) {
        return "AEIOU".indexOf(state.name().charAt(0)) >= 0 ? "an" : "a";
    }

    private static String verb(Action action) {
        return switch (action) {
            case SUBMIT -> "submitted";
            case RETURN -> "returned to its author";
            case APPROVE -> "approved";
            case ACCEPT -> "accepted";
            case REJECT -> "rejected";
            case RECORD_OUTCOME -> "given an outcome";
        };
    }
}
