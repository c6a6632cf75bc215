package uk.nexus.seed;

import org.jspecify.annotations.Nullable;

/**
 * Naming traditions from which fictional names are drawn. Every name is a random combination of a common forename and
 * a common surname of the tradition; no list holds a real person's full name, and no combination is taken from any
 * record (see docs/decisions/0202-seed-fictional-people.md).
 */
enum NameRegion {
    BRITISH(
            "W1",
            new String[] {
                "Jack", "Harry", "Charlie", "Liam", "Connor", "Callum", "Jordan", "Ryan", "Kyle", "Jamie", "Lewis",
                "Daniel", "Thomas", "James", "Stephen", "Sean", "Mark", "Lee", "Dean", "Craig", "Ashley", "Bradley",
                "Reece", "Mason", "Alfie", "Tommy", "George", "Luke", "Aaron", "Philip"
            },
            new String[] {
                "Chloe",
                "Jade",
                "Megan",
                "Lauren",
                "Amy",
                "Emma",
                "Sophie",
                "Hannah",
                "Stacey",
                "Kelly",
                "Leanne",
                "Danielle",
                "Charlotte",
                "Ellie",
                "Courtney",
                "Gemma",
                "Nicola",
                "Louise",
                "Paige",
                "Kayleigh"
            },
            new String[] {
                "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
                "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
                "Harris", "Lewis", "Hughes", "Edwards", "Baker", "Turner", "Hill", "Phillips", "Cooper", "Ward",
                "Parker", "Marshall", "Shaw", "Pearce", "Fletcher", "Barnes", "Mason", "Chapman", "Webb", "Lloyd"
            }),
    IRISH(
            "W2",
            new String[] {
                "Sean", "Patrick", "Ciaran", "Declan", "Conor", "Darragh", "Eoin", "Niall", "Padraig", "Cian", "Ronan",
                "Aidan"
            },
            new String[] {"Aoife", "Siobhan", "Niamh", "Ciara", "Sinead", "Roisin", "Orla", "Grainne", "Caoimhe"},
            new String[] {
                "Murphy",
                "Kelly",
                "O'Sullivan",
                "Walsh",
                "O'Brien",
                "Byrne",
                "Ryan",
                "O'Connor",
                "O'Neill",
                "Doyle",
                "McCarthy",
                "Gallagher",
                "Kennedy",
                "Lynch",
                "Quinn",
                "Brennan"
            }),
    CARIBBEAN(
            "B1",
            new String[] {
                "Jermaine", "Tyrone", "Dwayne", "Andre", "Marcus", "Leon", "Kareem", "Devon", "Shane", "Delroy",
                "Winston", "Rashid", "Kemar", "Jamal", "Nathaniel", "Kyle", "Tyrese", "Romario", "Kadeem", "Omari",
                "Dajuan", "Tristan"
            },
            new String[] {
                "Shanice",
                "Tanisha",
                "Keisha",
                "Monique",
                "Simone",
                "Latoya",
                "Chantelle",
                "Jodi-Ann",
                "Shenelle",
                "Kimberley",
                "Trudy-Ann",
                "Aaliyah"
            },
            new String[] {
                "Campbell", "Brown", "Williams", "Thompson", "Francis", "Grant", "Reid", "Morgan", "Clarke", "Bailey",
                "Henry", "Johnson", "Lewis", "Simpson", "Powell", "Gordon", "Daley", "Mcleod", "Samuels", "Ellis",
                "Dixon", "Lawrence", "Wright", "Stewart"
            }),
    WEST_AFRICAN(
            "B2",
            new String[] {
                "Oluwaseun",
                "Chinedu",
                "Emeka",
                "Tunde",
                "Olumide",
                "Kwame",
                "Kofi",
                "Kwabena",
                "Adebayo",
                "Ifeanyi",
                "Obinna",
                "Chukwuemeka",
                "Femi",
                "Babatunde",
                "Nnamdi",
                "Yaw",
                "Samuel",
                "Daniel",
                "Emmanuel",
                "Joshua"
            },
            new String[] {
                "Ngozi",
                "Chioma",
                "Adaeze",
                "Folasade",
                "Abena",
                "Akosua",
                "Funmilayo",
                "Blessing",
                "Precious",
                "Temitope",
                "Yetunde",
                "Ama"
            },
            new String[] {
                "Okafor",
                "Adeyemi",
                "Okonkwo",
                "Mensah",
                "Boateng",
                "Asante",
                "Adebayo",
                "Eze",
                "Nwosu",
                "Ogunleye",
                "Owusu",
                "Osei",
                "Balogun",
                "Ibrahim",
                "Afolabi",
                "Nwachukwu",
                "Oyelaran",
                "Agyeman",
                "Danso",
                "Olatunji"
            }),
    SOMALI(
            "B2",
            new String[] {
                "Mohamed",
                "Abdi",
                "Ahmed",
                "Abdirahman",
                "Abdullahi",
                "Hassan",
                "Omar",
                "Ali",
                "Yusuf",
                "Ibrahim",
                "Mustafa",
                "Abdikarim",
                "Mahad",
                "Liban",
                "Hamza"
            },
            new String[] {"Fadumo", "Hodan", "Amina", "Sagal", "Hibo", "Ayan", "Ubah", "Ikran", "Nimco", "Sahra"},
            new String[] {
                "Mohamud", "Hussein", "Abdi", "Warsame", "Farah", "Jama", "Osman", "Hersi", "Nur", "Aden", "Omar",
                "Ismail", "Egal", "Dirie", "Gedi", "Yusuf"
            }),
    ERITREAN(
            "B2",
            new String[] {
                "Yonas", "Tesfay", "Mehari", "Filmon", "Dawit", "Berhane", "Samuel", "Biniam", "Robel", "Semere",
                "Kidane", "Habtom"
            },
            new String[] {"Selam", "Helen", "Senait", "Luwam", "Freweini", "Ruta", "Saba", "Mebrat"},
            new String[] {
                "Tesfamariam",
                "Ghebremedhin",
                "Haile",
                "Kidane",
                "Tekle",
                "Berhe",
                "Gebreyesus",
                "Woldu",
                "Mehari",
                "Habte",
                "Asmerom",
                "Tsegay"
            }),
    INDIAN(
            "A1",
            new String[] {
                "Rajesh",
                "Amit",
                "Sanjay",
                "Vikram",
                "Arjun",
                "Harpreet",
                "Gurpreet",
                "Jaspreet",
                "Manish",
                "Deepak",
                "Ravi",
                "Sunil",
                "Kiran",
                "Rohan"
            },
            new String[] {"Priya", "Anjali", "Pooja", "Simran", "Navdeep", "Sunita", "Neha", "Kavita", "Ritu"},
            new String[] {
                "Patel", "Sharma", "Singh", "Kaur", "Gill", "Sandhu", "Shah", "Mistry", "Kumar", "Chauhan", "Dhillon",
                "Sidhu", "Mehta", "Verma"
            }),
    SOUTH_ASIAN_MUSLIM(
            "A2",
            new String[] {
                "Mohammed",
                "Imran",
                "Tariq",
                "Bilal",
                "Usman",
                "Hamza",
                "Adeel",
                "Faisal",
                "Zubair",
                "Rizwan",
                "Shahid",
                "Kamran",
                "Abdul",
                "Rahim",
                "Shahed",
                "Jamal",
                "Hussain",
                "Ahmed"
            },
            new String[] {"Ayesha", "Fatima", "Sana", "Nadia", "Shabana", "Rukhsana", "Nusrat", "Farzana", "Saima"},
            new String[] {
                "Khan",
                "Hussain",
                "Ahmed",
                "Ali",
                "Akhtar",
                "Iqbal",
                "Rahman",
                "Miah",
                "Begum",
                "Uddin",
                "Chowdhury",
                "Islam",
                "Malik",
                "Butt",
                "Qureshi",
                "Shah",
                "Hossain",
                "Mahmood"
            }),
    ROMANIAN(
            null,
            new String[] {
                "Ionuț",
                "Andrei",
                "Florin",
                "Marian",
                "Cătălin",
                "Alexandru",
                "Ștefan",
                "Mihai",
                "Constantin",
                "Gheorghe",
                "Bogdan",
                "Daniel",
                "Costel",
                "Vasile",
                "Adrian"
            },
            new String[] {"Elena", "Ioana", "Andreea", "Mihaela", "Florentina", "Alina", "Georgiana", "Roxana"},
            new String[] {
                "Popescu", "Ionescu", "Popa", "Stan", "Dumitru", "Munteanu", "Constantin", "Stoica", "Gheorghe",
                "Rusu", "Matei", "Lupu", "Dinu", "Tănase", "Bălan", "Oprea", "Moldovan", "Ciobanu"
            }),
    POLISH(
            null,
            new String[] {
                "Łukasz",
                "Paweł",
                "Piotr",
                "Krzysztof",
                "Tomasz",
                "Marcin",
                "Michał",
                "Kamil",
                "Wojciech",
                "Mateusz",
                "Dawid",
                "Grzegorz",
                "Bartosz",
                "Jakub"
            },
            new String[] {"Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Monika", "Ewa", "Małgorzata", "Natalia"},
            new String[] {
                "Nowak",
                "Kowalski",
                "Wiśniewski",
                "Wójcik",
                "Kowalczyk",
                "Kamiński",
                "Lewandowski",
                "Zieliński",
                "Szymański",
                "Woźniak",
                "Dąbrowski",
                "Kozłowski",
                "Jankowski",
                "Mazur"
            }),
    BALTIC(
            null,
            new String[] {
                "Tomas",
                "Mantas",
                "Darius",
                "Žygimantas",
                "Andrius",
                "Vytautas",
                "Jonas",
                "Rolandas",
                "Aleksandrs",
                "Jānis",
                "Mārtiņš",
                "Edgars"
            },
            new String[] {"Rūta", "Jurgita", "Inga", "Laura", "Ieva", "Kristīne", "Līga"},
            new String[] {
                "Kazlauskas",
                "Petrauskas",
                "Jankauskas",
                "Žukauskas",
                "Stankevičius",
                "Vasiliauskas",
                "Butkus",
                "Paulauskas",
                "Bērziņš",
                "Kalniņš",
                "Ozoliņš",
                "Liepiņš"
            }),
    ALBANIAN(
            null,
            new String[] {
                "Ardit", "Besnik", "Dritan", "Gëzim", "Arben", "Erion", "Klodian", "Kristi", "Endrit", "Altin",
                "Fatjon", "Ilir", "Blerim", "Mario", "Elton"
            },
            new String[] {"Anila", "Blerina", "Elira", "Jonida", "Klaudia", "Mirela", "Ornela"},
            new String[] {
                "Hoxha",
                "Krasniqi",
                "Gashi",
                "Berisha",
                "Shehu",
                "Leka",
                "Cela",
                "Dervishi",
                "Kola",
                "Marku",
                "Prifti",
                "Hysa",
                "Çela",
                "Duka",
                "Brahimi"
            }),
    BULGARIAN(
            null,
            new String[] {"Georgi", "Dimitar", "Ivan", "Nikolay", "Stoyan", "Hristo", "Plamen", "Kaloyan", "Todor"},
            new String[] {"Maria", "Desislava", "Gergana", "Tsvetelina", "Radostina"},
            new String[] {
                "Ivanov", "Georgiev", "Dimitrov", "Petrov", "Nikolov", "Stoyanov", "Todorov", "Angelov", "Kolev"
            }),
    PORTUGUESE(
            null,
            new String[] {
                "João", "Tiago", "Rui", "Bruno", "Nuno", "Ricardo", "Diogo", "Fábio", "Hélder", "Lucas", "Gabriel",
                "Rafael"
            },
            new String[] {"Ana", "Joana", "Mariana", "Beatriz", "Inês", "Letícia", "Fernanda"},
            new String[] {
                "Silva",
                "Santos",
                "Ferreira",
                "Pereira",
                "Oliveira",
                "Costa",
                "Rodrigues",
                "Martins",
                "Sousa",
                "Gonçalves",
                "Almeida",
                "Carvalho",
                "Lima",
                "Ribeiro"
            }),
    SPANISH(
            null,
            new String[] {"José", "Alejandro", "Javier", "Sergio", "Andrés", "Carlos", "Juan", "Diego", "Santiago"},
            new String[] {"Lucía", "Valentina", "Camila", "Paula", "Daniela", "Carmen"},
            new String[] {
                "García", "Rodríguez", "Martínez", "López", "Gómez", "Hernández", "Díaz", "Moreno", "Ramírez", "Torres"
            }),
    ITALIAN(
            null,
            new String[] {"Giuseppe", "Luca", "Marco", "Francesco", "Alessandro", "Matteo", "Salvatore", "Antonio"},
            new String[] {"Giulia", "Francesca", "Chiara", "Martina", "Alessia"},
            new String[] {"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Greco"}),
    TURKISH(
            null,
            new String[] {
                "Mehmet", "Mustafa", "Ahmet", "Hüseyin", "Emre", "Burak", "Serkan", "Hakan", "Murat", "Kemal", "Yusuf",
                "Volkan"
            },
            new String[] {"Ayşe", "Fatma", "Elif", "Zeynep", "Emine", "Derya"},
            new String[] {
                "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç",
                "Aslan"
            }),
    VIETNAMESE(
            null,
            new String[] {"Văn Minh", "Đức Anh", "Quang", "Tuấn", "Hùng", "Thanh", "Hoàng", "Long", "Nam", "Duy"},
            new String[] {"Thị Lan", "Thị Hương", "Ngọc Anh", "Thu", "Mai", "Linh"},
            new String[] {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ"}),
    ARABIC(
            null,
            new String[] {
                "Mohammed",
                "Ahmed",
                "Ali",
                "Omar",
                "Khalid",
                "Mahmoud",
                "Youssef",
                "Hassan",
                "Hussein",
                "Karim",
                "Tariq",
                "Ibrahim",
                "Osman"
            },
            new String[] {"Fatima", "Mariam", "Zainab", "Noor", "Huda", "Rania"},
            new String[] {
                "Al-Sayed",
                "Hassan",
                "Abdullah",
                "Ibrahim",
                "Mahmoud",
                "Salih",
                "Jaber",
                "Kareem",
                "Haddad",
                "Mansour",
                "Osman",
                "Al-Amin"
            }),
    PERSIAN(
            null,
            new String[] {"Ahmad", "Mohammad", "Reza", "Ali", "Hamid", "Farid", "Javad", "Omid", "Sohrab", "Wahid"},
            new String[] {"Maryam", "Zahra", "Parisa", "Shirin", "Nargis"},
            new String[] {
                "Ahmadi",
                "Hosseini",
                "Rahimi",
                "Karimi",
                "Mohammadi",
                "Sharifi",
                "Noori",
                "Hakimi",
                "Rezaei",
                "Azizi",
                "Safi",
                "Popal"
            }),
    CHINESE(
            "A4",
            new String[] {"Wei", "Jun", "Hao", "Ming", "Lei", "Jian", "Tao", "Chen"},
            new String[] {"Li Na", "Xiu Ying", "Mei", "Fang", "Yan"},
            new String[] {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou"});

    /** A 2021 census code that fits the tradition unambiguously, or null (then ethnicity is left unrecorded). */
    final @Nullable String ethnicity;

    final String[] male;
    final String[] female;
    final String[] surnames;

    NameRegion(@Nullable String ethnicity, String[] male, String[] female, String[] surnames) {
        this.ethnicity = ethnicity;
        this.male = male;
        this.female = female;
        this.surnames = surnames;
    }
}
