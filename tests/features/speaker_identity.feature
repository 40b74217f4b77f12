Feature: One speaker, however the outlets spell the name
  Slovenian, Croatian and Serbian outlets quote the same people, each in its own spelling and script: Witkoff at
  STA, Vitkof at Index.hr, Виткоф at Politika. A fact-checker wants one speaker with every claim, whatever the
  spelling; when the tool cannot be sure (a first name spelled differently), the desk merges the two speakers by
  hand, losing no claim and no status event, and keeps the speaker's names and Wikidata id in order.

  Background:
    Given a fresh claim store
    And the desk imported these claims:
      | speaker       | text                                       | said_on    | outlet   | language |
      | Steve Witkoff | Pogovor v Miamiju je bil konstruktiven.    | 2026-01-31 | STA      | sl       |
      | Vitkof        | Razgovori u Miamiju bili su konstruktivni. | 2026-01-31 | Index.hr | hr       |
      | Виткоф        | Разговор у Мајамију је био конструктиван.  | 2026-02-01 | Politika | sr       |

  Scenario: Three spellings in three outlets are one speaker, and each spelling is kept as an alias
    When I run "claims speakers --format jsonl"
    Then the speakers are:
      | speaker       | claims |
      | Steve Witkoff | 3      |
    When I run "claims speakers aliases Виткоф"
    Then the aliases are:
      | alias         |
      | Steve Witkoff |
      | Vitkof        |

  Scenario: A first name spelled otherwise is another speaker until the desk merges the two
    # (South Slavic transcriptions of English first names are known: "Stiv Vitkof" is Steve Witkoff at once)
    Given the desk imported these claims:
      | speaker     | text                 | said_on    | outlet | language |
      | Stevo Vitkof | Dogovor je blizu.    | 2026-02-02 | N1     | hr       |
    And Bojan recorded the status "mostly-false" on "Dogovor je blizu."
    When I run "claims speakers --format jsonl"
    Then the speakers are:
      | speaker       | claims |
      | Steve Witkoff | 3      |
      | Stevo Vitkof   | 1      |
    When I run "claims speakers merge 'Stevo Vitkof' 'Steve Witkoff'"
    Then the command succeeds
    And it prints "merged Stevo Vitkof into Steve Witkoff: 1 claim(s) moved, aliases added: Stevo Vitkof"
    When I run "claims speakers --format jsonl"
    Then the speakers are:
      | speaker       | claims |
      | Steve Witkoff | 4      |
    When I run "claims audit"
    Then it prints "history intact: 4 claims, 5 status events verified"
    When I run "claims speaker 'Stevo Vitkof'"
    Then the speaker is shown with:
      | field   | value                                  |
      | speaker | Steve Witkoff                          |
      | aliases | Steve Witkoff, Vitkof, Stevo Vitkof     |
      | claims  | 4                                      |
      | tally   | unverified 3, mostly-false 1           |

  Scenario: Merging a speaker into itself is refused
    When I run "claims speakers merge Vitkof 'Steve Witkoff'"
    Then the command fails with exit code 1
    And the error is "'Vitkof' and 'Steve Witkoff' are the same speaker, 'Steve Witkoff': nothing to merge"

  Scenario: The desk adds the names the tool cannot guess, and the Wikidata id
    When I run "claims speakers aliases Witkoff --add Witkoffa --add 'Стив Виткоф' --wikidata Q116300637"
    Then the command succeeds
    And the aliases are:
      | alias         |
      | Steve Witkoff |
      | Vitkof        |
      | Witkoffa      |
      | Стив Виткоф   |
    When I run "claims speaker Witkoffa"
    Then the speaker is shown with:
      | field    | value         |
      | speaker  | Steve Witkoff |
      | wikidata | Q116300637    |
      | claims   | 3             |

  Scenario: A name of another speaker is not taken as an alias
    Given the desk imported these claims:
      | speaker       | text                 | said_on    | outlet | language |
      | Jared Kushner | Dogovor je blizu.    | 2026-02-02 | Delo   | sl       |
    When I run "claims speakers aliases Witkoff --add 'Jared Kushner'"
    Then the command fails with exit code 1
    And the error is "'Jared Kushner' is already a name of the speaker 'Jared Kushner'; to make them one, run: claims speakers merge 'Jared Kushner' 'Steve Witkoff'"
