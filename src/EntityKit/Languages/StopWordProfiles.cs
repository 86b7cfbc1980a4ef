namespace EntityKit.Languages;

/// <summary>
/// The most frequent function words of the languages news feeds mix most, written for this project: articles,
/// pronouns, prepositions, conjunctions and auxiliaries that are frequent in one language and rare as words of
/// another. A word shared by two languages ("in", "die", "a") counts for both, so only words that tip the balance
/// decide.
/// </summary>
internal static class StopWordProfiles
{
    /// <summary>The languages and their function words, English first (it wins ties).</summary>
    public static readonly (string Code, string[] Words)[] Languages =
    [
        ("en", ["the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "was", "as", "it", "by", "at", "said",
            "from", "his", "her", "he", "she", "they", "have", "has", "had", "be", "been", "were", "are", "this", "which",
            "who", "will", "would", "not", "but", "or", "an", "their", "after", "its", "than", "about", "into", "over",
            "we", "you", "also", "more", "when", "there", "says", "new", "what", "how", "why", "up", "out", "could"]),
        ("de", ["der", "die", "das", "und", "ist", "nicht", "ein", "eine", "einen", "dem", "den", "des", "mit", "von", "zu",
            "auf", "für", "sich", "im", "auch", "es", "sie", "er", "wir", "ich", "wird", "werden", "wurde", "hat", "haben",
            "bei", "nach", "aus", "noch", "nur", "wie", "über", "um", "aber", "oder", "dass", "sind", "war", "vom", "zum",
            "zur", "am", "einer", "eines", "durch", "gegen", "seit", "kein", "keine", "schon", "sei", "soll", "mehr"]),
        ("fr", ["le", "la", "les", "des", "de", "du", "et", "est", "un", "une", "en", "dans", "que", "qui", "pour", "pas",
            "sur", "au", "aux", "avec", "par", "il", "elle", "ils", "nous", "vous", "ce", "cette", "ces", "sont", "été",
            "ont", "mais", "ou", "plus", "son", "sa", "ses", "leur", "selon", "aussi", "après", "entre", "lors", "deux",
            "être", "fait", "comme", "où", "dont", "très", "sans", "sous", "chez", "depuis", "encore", "tout", "a"]),
        ("es", ["el", "la", "los", "las", "de", "del", "y", "que", "en", "un", "una", "es", "por", "con", "para", "se",
            "no", "su", "sus", "al", "lo", "como", "más", "pero", "fue", "ha", "han", "son", "está", "este", "esta", "entre",
            "sobre", "también", "desde", "hasta", "muy", "sin", "hay", "según", "ya", "tras", "cuando", "donde", "porque",
            "sido", "ser", "tiene", "dijo", "durante", "otros", "todo", "e", "unos", "le", "les", "nos", "años"]),
        ("it", ["il", "lo", "la", "gli", "le", "di", "del", "della", "dei", "delle", "e", "che", "è", "un", "una", "uno",
            "in", "per", "con", "non", "si", "da", "dal", "dalla", "al", "alla", "nel", "nella", "sono", "ha", "hanno",
            "anche", "più", "ma", "come", "questo", "questa", "dopo", "tra", "fra", "stato", "stata", "essere", "sul",
            "sulla", "loro", "ed", "già", "ancora", "perché", "quando", "dove", "oggi", "secondo", "ci", "molto", "degli"]),
        ("nl", ["de", "het", "een", "en", "van", "in", "is", "dat", "op", "te", "voor", "met", "niet", "zijn", "aan",
            "er", "ook", "als", "bij", "door", "maar", "om", "uit", "heeft", "hebben", "werd", "wordt", "worden", "naar",
            "nog", "dan", "over", "wel", "geen", "tot", "hij", "zij", "ze", "we", "wij", "was", "waren", "deze", "dit",
            "die", "zou", "kan", "moet", "volgens", "na", "tegen", "meer", "alleen", "al", "jaar", "onder", "zegt"]),
        ("pt", ["o", "os", "a", "as", "de", "do", "da", "dos", "das", "e", "que", "em", "no", "na", "nos", "nas", "um",
            "uma", "para", "com", "não", "por", "pelo", "pela", "se", "mais", "ao", "aos", "à", "foi", "são", "é", "está",
            "como", "mas", "seu", "sua", "também", "ou", "ser", "tem", "já", "entre", "quando", "depois", "sobre", "até",
            "disse", "segundo", "ainda", "muito", "isso", "este", "esta", "pelos", "pelas", "num", "numa", "anos"]),
    ];
}
