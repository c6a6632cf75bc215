package uk.nexus.seed;

/**
 * The fictional city: 14 boroughs laid out on a grid over a London-sized box, each cut into neighbourhoods of about
 * a hundred residents with their own streets, estates and venues, plus custody suites, prisons and ports. Postcodes use
 * the area "NX", which does not exist in the UK.
 */
final class Geography {

    static final String[] BOROUGHS = {
        "Ashcombe",
        "Brackenfield",
        "Caxton Heath",
        "Dunmere",
        "Eastwick Marsh",
        "Foxley Vale",
        "Greyminster",
        "Hollins Cross",
        "Kingsmere",
        "Larkwood",
        "Millbrook Green",
        "Northgate",
        "Ravensbury Park",
        "Thornhill Reach"
    };

    static final String[] BOROUGH_CODES = {
        "AC", "BF", "CX", "DM", "EW", "FV", "GM", "HX", "KM", "LW", "MG", "NG", "RP", "TR"
    };

    /** Relative residential population. */
    private static final double[] BOROUGH_MIX_VALUES = {9, 7, 8, 6, 10, 5, 7, 8, 6, 7, 5, 9, 6, 7};

    private static final Weighted BOROUGH_MIX = new Weighted(BOROUGH_MIX_VALUES);

    /** Grid cell (row, column) of each borough. */
    private static final int[][] CELLS = {
        {0, 1}, {0, 2}, {1, 0}, {1, 1}, {1, 2}, {1, 3}, {2, 0}, {2, 1}, {2, 2}, {2, 3}, {3, 1}, {3, 2}, {0, 3}, {3, 0}
    };

    private static final double LAT0 = 51.395;
    private static final double LON0 = -0.40;
    private static final double CELL_LAT = 0.058;
    private static final double CELL_LON = 0.13;

    static final String[] STREET_WORDS = {
        "Alder",
        "Beech",
        "Cedar",
        "Hawthorn",
        "Juniper",
        "Larch",
        "Maple",
        "Rowan",
        "Sycamore",
        "Willow",
        "Acacia",
        "Bramble",
        "Chestnut",
        "Damson",
        "Elder",
        "Foxglove",
        "Hazel",
        "Linden",
        "Myrtle",
        "Poplar",
        "Quince",
        "Sorrel",
        "Tamarisk",
        "Baxter",
        "Carlisle",
        "Denholm",
        "Everard",
        "Fairfax",
        "Garnet",
        "Hartley",
        "Ingram",
        "Jessop",
        "Kendrick",
        "Lanyon",
        "Mercer",
        "Norwood",
        "Pembury",
        "Radley",
        "Selwyn",
        "Upton",
        "Vickery",
        "Whitlock",
        "Ashdown",
        "Blakeney",
        "Calder",
        "Dorrit",
        "Ellerby",
        "Fenning",
        "Gossard",
        "Holloway",
        "Iverson",
        "Kestrel",
        "Lowther",
        "Merridew",
        "Nettleton",
        "Ormsby",
        "Pargeter",
        "Quarrell",
        "Rushton",
        "Stanwick",
        "Tolworth",
        "Verity",
        "Wexford",
        "Yardley"
    };

    static final String[] STREET_SUFFIXES = {
        "Road", "Street", "Avenue", "Close", "Lane", "Grove", "Gardens", "Way", "Crescent", "Terrace", "Walk", "Place"
    };

    private static final String[] BLOCKS = {"House", "Court", "Tower", "Point", "Heights"};

    private static final String[] VENUES = {
        "Snooker Club",
        "Chicken & Grill",
        "Barbers",
        "Food & Wine",
        "Lounge Bar",
        "Car Wash",
        "Gym",
        "Phone Repairs",
        "Cafe",
        "Youth Club",
        "Arms (public house)",
        "Nightclub",
        "Trading Estate Unit",
        "Launderette",
        "Recording Studio"
    };

    private static final String[] PRISONS = {
        "HMP Ravensmoor", "HMP Greywater", "HMP Blackholme", "HMP Castlemere", "HMP Thornbury Fields"
    };

    private static final String[] PORTS = {
        "Thamesmouth International Ferry Port", "Ravensfield Airport", "Greymarsh Container Terminal"
    };

    private static final String UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    static final int STREETS = 5;
    static final int VENUE_COUNT = 3;

    private final Force force;
    private final int nbhCount;
    private final int[] nbhBorough;
    private final int[] nbhDistrict;
    private final int[][] boroughNbhs;
    private final int[] homesUsed;
    private final int[] nbhLat;
    private final int[] nbhLon;

    private int[] locStart = new int[0];
    private int[] addrCount = new int[0];
    private int[] estateCount = new int[0];
    private String[][] streets = new String[0][];
    private String[][] estates = new String[0][];
    private String[][] venues = new String[0][];
    private int custodyStart;
    private int prisonStart;
    private int portStart;
    private int total;

    Geography(Force force) {
        this.force = force;
        nbhCount = Math.max(BOROUGHS.length * 2, (force.subjects() + 50) / 100);
        long[] weights = new long[BOROUGHS.length];
        for (int b = 0; b < weights.length; b++) {
            weights[b] = (long) (BOROUGH_MIX_VALUES[b] * 100);
        }
        int[] perBorough = ReferenceData.apportion(nbhCount, weights);
        nbhBorough = new int[nbhCount];
        nbhDistrict = new int[nbhCount];
        boroughNbhs = new int[BOROUGHS.length][];
        int k = 0;
        for (int b = 0; b < BOROUGHS.length; b++) {
            boroughNbhs[b] = new int[perBorough[b]];
            for (int j = 0; j < perBorough[b]; j++) {
                boroughNbhs[b][j] = k;
                nbhBorough[k] = b;
                nbhDistrict[k] = b * 7 + j % 7 + 1;
                k++;
            }
        }
        homesUsed = new int[nbhCount];
        nbhLat = new int[nbhCount];
        nbhLon = new int[nbhCount];
        Rng rng = Rng.stream(force.seed, "neighbourhoods");
        for (int i = 0; i < nbhCount; i++) {
            int[] cell = CELLS[nbhBorough[i]];
            nbhLat[i] = micro(LAT0 + CELL_LAT * (cell[0] + 0.1 + 0.8 * rng.nextDouble()));
            nbhLon[i] = micro(LON0 + CELL_LON * (cell[1] + 0.1 + 0.8 * rng.nextDouble()));
        }
    }

    private static int micro(double degrees) {
        return (int) StrictMath.round(degrees * 1_000_000);
    }

    int neighbourhoods() {
        return nbhCount;
    }

    int boroughOfNbh(int k) {
        return nbhBorough[k];
    }

    String boroughName(int b) {
        return BOROUGHS[b];
    }

    int[] nbhsOf(int borough) {
        return boroughNbhs[borough];
    }

    int sampleNbh(Rng rng) {
        int[] inBorough = boroughNbhs[BOROUGH_MIX.sample(rng)];
        return inBorough[rng.nextInt(inBorough.length)];
    }

    /** Another neighbourhood of the same borough (or the same if it is alone). */
    int nearbyNbh(int k, Rng rng) {
        int[] inBorough = boroughNbhs[nbhBorough[k]];
        return inBorough[rng.nextInt(inBorough.length)];
    }

    /** Reserves a new home address in neighbourhood {@code k}; returns its number within the neighbourhood. */
    int newHome(int k) {
        return homesUsed[k]++;
    }

    int homesUsed(int k) {
        return homesUsed[k];
    }

    /** Fixes the location table once every home has been reserved. */
    void layOut() {
        Rng rng = Rng.stream(force.seed, "layout");
        locStart = new int[nbhCount + 1];
        addrCount = new int[nbhCount];
        estateCount = new int[nbhCount];
        streets = new String[nbhCount][];
        estates = new String[nbhCount][];
        venues = new String[nbhCount][];
        int next = 0;
        for (int k = 0; k < nbhCount; k++) {
            locStart[k] = next;
            addrCount[k] = homesUsed[k] + 2 + homesUsed[k] / 5;
            estateCount[k] = 1 + rng.nextInt(2);
            streets[k] = new String[STREETS];
            for (int s = 0; s < STREETS; s++) {
                streets[k][s] = rng.pick(STREET_WORDS) + " " + rng.pick(STREET_SUFFIXES);
            }
            estates[k] = new String[estateCount[k]];
            for (int e = 0; e < estateCount[k]; e++) {
                estates[k][e] = rng.pick(STREET_WORDS) + (rng.chance(0.5) ? " Estate" : " Park Estate");
            }
            venues[k] = new String[VENUE_COUNT];
            for (int v = 0; v < VENUE_COUNT; v++) {
                venues[k][v] = rng.pick(STREET_WORDS) + " " + rng.pick(VENUES);
            }
            next += addrCount[k] + STREETS + estateCount[k] + VENUE_COUNT;
        }
        locStart[nbhCount] = next;
        custodyStart = next;
        prisonStart = custodyStart + BOROUGHS.length;
        portStart = prisonStart + PRISONS.length;
        total = portStart + PORTS.length;
    }

    int locations() {
        return total;
    }

    int address(int k, int number) {
        return locStart[k] + number;
    }

    int randomAddress(int k, Rng rng) {
        return locStart[k] + rng.nextInt(addrCount[k]);
    }

    int street(int k, Rng rng) {
        return locStart[k] + addrCount[k] + rng.nextInt(STREETS);
    }

    int estate(int k, int e) {
        return locStart[k] + addrCount[k] + STREETS + e % estateCount[k];
    }

    int venue(int k, int v) {
        return locStart[k] + addrCount[k] + STREETS + estateCount[k] + v % VENUE_COUNT;
    }

    int custodySuite(int borough) {
        return custodyStart + borough;
    }

    int prison(int p) {
        return prisonStart + p % PRISONS.length;
    }

    static int prisons() {
        return PRISONS.length;
    }

    String prisonName(int p) {
        return PRISONS[p % PRISONS.length];
    }

    /** A public place in or near neighbourhood {@code k} where street crime happens. */
    int publicPlace(int k, Rng rng) {
        double r = rng.nextDouble();
        if (r < 0.55) {
            return street(k, rng);
        }
        if (r < 0.8) {
            return estate(k, rng.nextInt(2));
        }
        return venue(k, rng.nextInt(VENUE_COUNT));
    }

    /** Neighbourhood of a location, or -1 for custody suites, prisons and ports. */
    int nbhOfLocation(int loc) {
        if (loc >= custodyStart) {
            return -1;
        }
        int lo = 0;
        int hi = nbhCount - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (locStart[mid] <= loc) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    int boroughOfLocation(int loc) {
        if (loc >= custodyStart && loc < prisonStart) {
            return loc - custodyStart;
        }
        int k = nbhOfLocation(loc);
        return k < 0 ? -1 : nbhBorough[k];
    }

    String name(int loc) {
        if (loc >= portStart) {
            return PORTS[loc - portStart];
        }
        if (loc >= prisonStart) {
            return PRISONS[loc - prisonStart];
        }
        if (loc >= custodyStart) {
            return BOROUGHS[loc - custodyStart] + " Police Station custody suite";
        }
        int k = nbhOfLocation(loc);
        int local = loc - locStart[k];
        if (local < addrCount[k]) {
            Rng rng = Rng.forIndex(force.seed, "address", loc);
            if (rng.chance(0.35)) {
                return "Flat " + rng.between(1, 96) + " " + rng.pick(STREET_WORDS) + " " + rng.pick(BLOCKS);
            }
            return rng.between(1, 180) + " " + streets[k][rng.nextInt(STREETS)];
        }
        local -= addrCount[k];
        if (local < STREETS) {
            return streets[k][local];
        }
        local -= STREETS;
        if (local < estateCount[k]) {
            return estates[k][local];
        }
        return venues[k][local - estateCount[k]];
    }

    String kind(int loc) {
        if (loc >= portStart) {
            return "PORT";
        }
        if (loc >= prisonStart) {
            return "PRISON";
        }
        if (loc >= custodyStart) {
            return "CUSTODY_SUITE";
        }
        int k = nbhOfLocation(loc);
        int local = loc - locStart[k];
        if (local < addrCount[k]) {
            return "ADDRESS";
        }
        local -= addrCount[k];
        if (local < STREETS) {
            return "STREET";
        }
        return local - STREETS < estateCount[k] ? "ESTATE" : "VENUE";
    }

    /** Postcode district of a neighbourhood, e.g. {@code NX14}. */
    String district(int k) {
        return "NX" + nbhDistrict[k];
    }

    void writeLocations() {
        CsvFile f = force.out.locations;
        Rng rng = Rng.stream(force.seed, "locations");
        for (int loc = 0; loc < total; loc++) {
            f.add(force.locationId(loc)).add(kind(loc)).add(name(loc));
            int lat;
            int lon;
            if (loc < custodyStart) {
                int k = nbhOfLocation(loc);
                f.add(district(k) + " " + rng.nextInt(10) + UNIT_LETTERS.charAt(rng.nextInt(UNIT_LETTERS.length()))
                        + UNIT_LETTERS.charAt(rng.nextInt(UNIT_LETTERS.length())));
                f.add(BOROUGHS[nbhBorough[k]]);
                lat = nbhLat[k] + rng.between(-4_000, 4_000);
                lon = nbhLon[k] + rng.between(-6_500, 6_500);
            } else if (loc < prisonStart) {
                int b = loc - custodyStart;
                int k = boroughNbhs[b][0];
                f.add(district(k) + " 1AA").add(BOROUGHS[b]);
                int[] cell = CELLS[b];
                lat = micro(LAT0 + CELL_LAT * (cell[0] + 0.5));
                lon = micro(LON0 + CELL_LON * (cell[1] + 0.5));
            } else {
                // outside the city: prisons and ports on the edge of the box, no borough
                f.empty().empty();
                lat = micro(LAT0 - 0.05 + 0.35 * rng.nextDouble());
                lon = micro(loc % 2 == 0 ? LON0 - 0.12 : LON0 + 4 * CELL_LON + 0.1);
            }
            f.decimal(lat, 6).decimal(lon, 6);
            f.endRow();
        }
    }
}
