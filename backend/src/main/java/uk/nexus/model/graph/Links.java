package uk.nexus.model.graph;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.schema.RelationshipProperties;
import org.springframework.data.neo4j.core.schema.TargetNode;

/** The relationship types of the model, each with its own attributes on top of provenance. */
public final class Links {

    private Links() {}

    /** {@code (:Subject)-[:HAS_ALIAS]->(:Alias)}. */
    @RelationshipProperties
    public static class HasAlias extends ProvenancedLink {
        @TargetNode
        private @Nullable AliasNode alias;

        public @Nullable AliasNode getAlias() {
            return alias;
        }
    }

    /** {@code (:Subject)-[:MEMBER_OF {role}]->(:Group)}. */
    @RelationshipProperties
    public static class MemberOf extends ProvenancedLink {
        private @Nullable String role;

        @TargetNode
        private @Nullable GroupNode group;

        public @Nullable String getRole() {
            return role;
        }

        public @Nullable GroupNode getGroup() {
            return group;
        }
    }

    /** {@code (:Subject)-[:INVOLVED_IN {category, outcome}]->(:Incident)}: the person's category always. */
    @RelationshipProperties
    public static class InvolvedIn extends ProvenancedLink {
        private @Nullable String category;
        private @Nullable String outcome;

        @TargetNode
        private @Nullable IncidentNode incident;

        /** OFFENDER, SUSPECT, VICTIM, WITNESS or OTHER. */
        public @Nullable String getCategory() {
            return category;
        }

        /** The evidence level for offenders and suspects; none for anyone else. */
        public @Nullable String getOutcome() {
            return outcome;
        }

        public @Nullable IncidentNode getIncident() {
            return incident;
        }
    }

    /** {@code (:Subject)-[:LINKED_TO {kind}]->(:Location)}. */
    @RelationshipProperties
    public static class LinkedTo extends ProvenancedLink {
        private @Nullable String kind;

        @TargetNode
        private @Nullable LocationNode location;

        public @Nullable String getKind() {
            return kind;
        }

        public @Nullable LocationNode getLocation() {
            return location;
        }
    }

    /** {@code (:Subject)-[:USES]->(:Phone)}. */
    @RelationshipProperties
    public static class UsesPhone extends ProvenancedLink {
        @TargetNode
        private @Nullable PhoneNode phone;

        public @Nullable PhoneNode getPhone() {
            return phone;
        }
    }

    /** {@code (:Subject)-[:USES]->(:Vehicle)}. */
    @RelationshipProperties
    public static class UsesVehicle extends ProvenancedLink {
        @TargetNode
        private @Nullable VehicleNode vehicle;

        public @Nullable VehicleNode getVehicle() {
            return vehicle;
        }
    }

    /** {@code (:Subject)-[:USES]->(:Weapon)}. */
    @RelationshipProperties
    public static class UsesWeapon extends ProvenancedLink {
        @TargetNode
        private @Nullable WeaponNode weapon;

        public @Nullable WeaponNode getWeapon() {
            return weapon;
        }
    }

    /** {@code (:Subject)-[:HAS_CONVICTION]->(:Conviction)}. */
    @RelationshipProperties
    public static class HasConviction extends ProvenancedLink {
        @TargetNode
        private @Nullable ConvictionNode conviction;

        public @Nullable ConvictionNode getConviction() {
            return conviction;
        }
    }

    /** {@code (:IntelReport)-[:MENTIONS {role}]->(:Subject)}: the report's grade travels with it. */
    @RelationshipProperties
    public static class Mentions extends ProvenancedLink {
        private @Nullable String role;

        @TargetNode
        private @Nullable SubjectNode subject;

        public @Nullable String getRole() {
            return role;
        }

        public @Nullable SubjectNode getSubject() {
            return subject;
        }
    }

    /** A structural link of a record to the subject it concerns (referral, check). */
    @RelationshipProperties
    public static class Concerns extends ProvenancedLink {
        @TargetNode
        private @Nullable SubjectNode subject;

        public @Nullable SubjectNode getSubject() {
            return subject;
        }
    }

    /** A structural link to an offence code (incident classification, conviction offence). */
    @RelationshipProperties
    public static class ToOffence extends ProvenancedLink {
        @TargetNode
        private @Nullable OffenceNode offence;

        public @Nullable OffenceNode getOffence() {
            return offence;
        }
    }

    /** {@code (:Incident)-[:OCCURRED_AT]->(:Location)}. */
    @RelationshipProperties
    public static class OccurredAt extends ProvenancedLink {
        @TargetNode
        private @Nullable LocationNode location;

        public @Nullable LocationNode getLocation() {
            return location;
        }
    }

    /** {@code (:Referral)-[:ORIGINATED_BY]->(:ReferralOriginator)}. */
    @RelationshipProperties
    public static class OriginatedBy extends ProvenancedLink {
        @TargetNode
        private @Nullable ReferralOriginatorNode originator;

        public @Nullable ReferralOriginatorNode getOriginator() {
            return originator;
        }
    }
}
