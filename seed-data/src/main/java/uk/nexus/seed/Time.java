package uk.nexus.seed;

/**
 * Fast ISO-8601 formatting of epoch days and epoch seconds (UTC), without {@code java.time} formatters: the generator
 * writes tens of millions of them.
 */
final class Time {

    static final long DAY = 86_400L;

    private Time() {}

    static String date(long epochDay) {
        StringBuilder sb = new StringBuilder(10);
        appendDate(sb, epochDay);
        return sb.toString();
    }

    static String instant(long epochSecond) {
        StringBuilder sb = new StringBuilder(20);
        appendInstant(sb, epochSecond);
        return sb.toString();
    }

    static void appendInstant(StringBuilder sb, long epochSecond) {
        long day = Math.floorDiv(epochSecond, DAY);
        int secs = (int) Math.floorMod(epochSecond, DAY);
        appendDate(sb, day);
        sb.append('T');
        two(sb, secs / 3600);
        sb.append(':');
        two(sb, secs / 60 % 60);
        sb.append(':');
        two(sb, secs % 60);
        sb.append('Z');
    }

    /** Howard Hinnant's civil_from_days; years 0-9999. */
    static void appendDate(StringBuilder sb, long epochDay) {
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        if (m <= 2) {
            y++;
        }
        if (y < 1000) {
            sb.append(y < 10 ? "000" : y < 100 ? "00" : "0");
        }
        sb.append(y).append('-');
        two(sb, (int) m);
        sb.append('-');
        two(sb, (int) d);
    }

    static int year(long epochDay) {
        return java.time.LocalDate.ofEpochDay(epochDay).getYear();
    }

    private static void two(StringBuilder sb, int v) {
        if (v < 10) {
            sb.append('0');
        }
        sb.append(v);
    }
}
