package uk.nexus.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.security.access.AccessDeniedException;
import uk.nexus.security.Role;
import uk.nexus.web.ConflictException;

class ReferralWorkflowTest {

    static final ReferralWorkflow.Actor ANALYST = new ReferralWorkflow.Actor("amy", Set.of(Role.ANALYST));
    static final ReferralWorkflow.Actor SUPERVISOR = new ReferralWorkflow.Actor("sam", Set.of(Role.SUPERVISOR));
    static final ReferralWorkflow.Actor DESK = new ReferralWorkflow.Actor("rita", Set.of(Role.REFERRALS));

    @Test
    void the_happy_path_goes_draft_submitted_approved_accepted() {
        assertThat(ReferralWorkflow.next(ReferralState.DRAFT, Action.SUBMIT, ANALYST, "amy", null))
                .isEqualTo(ReferralState.SUBMITTED);
        assertThat(ReferralWorkflow.next(ReferralState.SUBMITTED, Action.APPROVE, SUPERVISOR, "amy", "amy"))
                .isEqualTo(ReferralState.APPROVED);
        assertThat(ReferralWorkflow.next(ReferralState.APPROVED, Action.ACCEPT, DESK, "amy", "amy"))
                .isEqualTo(ReferralState.ACCEPTED);
        assertThat(ReferralWorkflow.next(ReferralState.ACCEPTED, Action.RECORD_OUTCOME, DESK, "amy", "amy"))
                .isEqualTo(ReferralState.ACCEPTED);
        assertThat(ReferralWorkflow.next(ReferralState.APPROVED, Action.REJECT, DESK, "amy", "amy"))
                .isEqualTo(ReferralState.REJECTED);
        assertThat(ReferralWorkflow.next(ReferralState.SUBMITTED, Action.RETURN, SUPERVISOR, "amy", "amy"))
                .isEqualTo(ReferralState.DRAFT);
    }

    @ParameterizedTest
    @EnumSource(ReferralState.class)
    void every_action_outside_its_state_is_a_conflict(ReferralState state) {
        for (Action action : Action.values()) {
            ReferralWorkflow.Actor actor = action == Action.SUBMIT
                    ? ANALYST
                    : action == Action.RETURN || action == Action.APPROVE ? SUPERVISOR : DESK;
            if (ReferralWorkflow.allowedIn(state, action)) {
                assertThat(ReferralWorkflow.next(state, action, actor, "amy", "amy"))
                        .isNotNull();
            } else {
                assertThatThrownBy(() -> ReferralWorkflow.next(state, action, actor, "amy", "amy"))
                        .isInstanceOf(ConflictException.class)
                        .extracting(e -> ((ConflictException) e).type())
                        .isEqualTo("illegal-transition");
            }
        }
    }

    @Test
    void a_rejected_referral_is_final() {
        for (Action action : Action.values()) {
            assertThat(ReferralWorkflow.allowedIn(ReferralState.REJECTED, action))
                    .isFalse();
        }
    }

    @Test
    void neither_the_author_nor_the_submitter_may_approve() {
        ReferralWorkflow.Actor author = new ReferralWorkflow.Actor("amy", Set.of(Role.SUPERVISOR));
        assertThatThrownBy(() -> ReferralWorkflow.next(ReferralState.SUBMITTED, Action.APPROVE, author, "amy", "bob"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Four-eyes");
        ReferralWorkflow.Actor submitter = new ReferralWorkflow.Actor("bob", Set.of(Role.SUPERVISOR));
        assertThatThrownBy(
                        () -> ReferralWorkflow.next(ReferralState.SUBMITTED, Action.APPROVE, submitter, "amy", "bob"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void a_role_that_may_never_take_an_action_is_denied_whatever_the_state() {
        assertThatThrownBy(() -> ReferralWorkflow.next(ReferralState.SUBMITTED, Action.APPROVE, ANALYST, "x", "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        ReferralWorkflow.next(ReferralState.ACCEPTED, Action.RECORD_OUTCOME, SUPERVISOR, "x", "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ReferralWorkflow.next(
                        ReferralState.DRAFT,
                        Action.SUBMIT,
                        new ReferralWorkflow.Actor("aud", Set.of(Role.AUDITOR)),
                        "x",
                        null))
                .isInstanceOf(AccessDeniedException.class);
    }
}
