extension Catalogue {
    /// The parts of the Albanian catalogue, one a file of this folder.
    static let albanianParts = [albanianPlaces, albanianErrors1, albanianErrors2, albanianErrors3, albanianErrors4, albanianTexts1, albanianTexts2, albanianTexts3, albanianTexts4, albanianWeb, albanianCentral]

    /// The words of a place in a file, and the few sentences every command shares.
    static let albanianPlaces = #"""
en: line {1}
sq: rreshti {1}

en: field {1} "{2}"
sq: fusha {1} "{2}"

en: field {1}
sq: fusha {1}

en: value "{1}"
sq: vlera "{1}"

en: ... and {1} more
sq: ... dhe {1} të tjera

en: the language is en (English) or sq (Albanian)
sq: gjuha është en (anglisht) ose sq (shqip)
"""#
}
