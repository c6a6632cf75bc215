package uk.nexus.projection;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.nexus.network.LinkType;
import uk.nexus.web.BadRequestException;

/**
 * Which ties between subjects make a projection (decision 0302). Each link type gives a tie:
 *
 * <ul>
 *   <li>{@link LinkType#ASSOCIATE_OF}: the recorded association, weight = its tie strength (rows in
 *       both directions and several sources are summed); {@code RIVAL} ties are hostile and never
 *       count;
 *   <li>{@link LinkType#INVOLVED_IN}: co-offending, subject–incident–subject over
 *       {@code OFFENDER}/{@code SUSPECT} involvements only, weight = number of shared incidents;
 *   <li>{@link LinkType#USES}: a shared phone, vehicle or weapon, weight = number of shared objects;
 *   <li>{@link LinkType#MENTIONS}: named together in an intelligence report as subject or associate,
 *       weight = number of such reports.
 * </ul>
 *
 * {@code MEMBER_OF} and {@code LINKED_TO} are refused: a gang or an estate would tie everyone in it to
 * everyone else; groups are analysed by the group priority instead.
 *
 * @param types the tie types, at least one
 * @param minGrade intelligence below this grade (either axis) is left out; facts always count;
 *     {@code null}: every grade
 * @param from links that ended before this date (incidents before it) are left out; {@code null}: open
 * @param to links that began after this date (incidents after it) are left out; {@code null}: open
 */
public record ProjectionFilter(
        Set<LinkType> types,
        @Nullable Grade minGrade,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    /** Link types a projection can be made of. */
    public static final Set<LinkType> PROJECTABLE =
            Set.copyOf(EnumSet.of(LinkType.ASSOCIATE_OF, LinkType.INVOLVED_IN, LinkType.USES, LinkType.MENTIONS));

    public ProjectionFilter {
        types = Set.copyOf(types.isEmpty() ? EnumSet.of(LinkType.ASSOCIATE_OF) : EnumSet.copyOf(types));
        for (LinkType t : types) {
            if (!PROJECTABLE.contains(t)) {
                throw new BadRequestException(
                        "types",
                        t + " cannot tie subjects in a projection (a group or place would tie everyone in it);"
                                + " use ASSOCIATE_OF, INVOLVED_IN, USES or MENTIONS");
            }
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new BadRequestException("to", "is before from");
        }
    }

    /** The association network: every recorded association, any grade, any time. */
    public static ProjectionFilter associations() {
        return new ProjectionFilter(Set.of(LinkType.ASSOCIATE_OF), null, null, null);
    }

    /** The co-offending network: subjects tied by the incidents they offended in together. */
    public static ProjectionFilter coOffending() {
        return new ProjectionFilter(Set.of(LinkType.INVOLVED_IN), null, null, null);
    }

    /** Parses request parameters; {@code minGrade} is a 3x5x2 grade such as {@code 2B}. */
    public static ProjectionFilter of(
            @Nullable Set<LinkType> types,
            @Nullable String minGrade,
            @Nullable LocalDate from,
            @Nullable LocalDate to) {
        Grade grade = null;
        if (minGrade != null && !minGrade.isBlank()) {
            grade = Grade.parse(minGrade.trim())
                    .orElseThrow(() -> new BadRequestException(
                            "minGrade", "must be a 3x5x2 grade: source 1-3 then intelligence A-E, e.g. 2B"));
        }
        return new ProjectionFilter(types == null ? Set.of() : types, grade, from, to);
    }

    /** A stable text form for logs and cache keys. */
    public String describe() {
        return "types=" + types.stream().map(Enum::name).sorted().toList()
                + (minGrade == null ? "" : " minGrade=" + minGrade)
                + (from == null ? "" : " from=" + from)
                + (to == null ? "" : " to=" + to);
    }
}
