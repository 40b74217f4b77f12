Feature: Review a speaker's history
  Before quoting a politician again, a fact-checker looks at everything the desk has on them: their claims,
  oldest first, each with its current status, and a tally by status. The speaker is found by the surname
  alone, whatever the case, the diacritics, the script or the grammatical case it is written in.

  Background:
    Given a fresh claim store
    And the desk imported these claims:
      | speaker         | aliases          | text                                    | said_on    | outlet |
      | Steve Witkoff   | Виткоф, Witkoffa | Pogovor v Miamiju je bil konstruktiven. | 2026-01-31 | STA    |
      | Steve Witkoff   |                  | Srečanje bo v Miamiju.                  | 2026-01-24 | N1     |
      | Steve Witkoff   |                  | Dogovor je blizu.                       | 2026-02-07 | Delo   |
      | Kiril Dmitrijev |                  | Vračam se iz Miamija.                   | 2026-01-31 | STA    |
    And Bojan recorded the status "mostly-false" on "Dogovor je blizu."

  Scenario: The surname lists the speaker's claims oldest first, with the tally
    When I look up the speaker "Witkoff"
    Then the command succeeds
    And the speaker is shown with:
      | field   | value                           |
      | speaker | Steve Witkoff                   |
      | kind    | person                          |
      | aliases | Steve Witkoff, Виткоф, Witkoffa |
      | claims  | 3                               |
      | tally   | unverified 2, mostly-false 1    |
    And the speaker's claims are:
      | said_on    | status       | text                                    | outlet |
      | 2026-01-24 | unverified   | Srečanje bo v Miamiju.                  | N1     |
      | 2026-01-31 | unverified   | Pogovor v Miamiju je bil konstruktiven. | STA    |
      | 2026-02-07 | mostly-false | Dogovor je blizu.                       | Delo   |

  Scenario Outline: Case, diacritics, script and inflection do not matter
    When I look up the speaker "<name>"
    Then the command succeeds
    And the speaker is shown with:
      | field   | value         |
      | speaker | Steve Witkoff |
      | claims  | 3             |

    Examples:
      | name           |
      | witkoff        |
      | WITKOFF        |
      | Witköff        |
      | steve  witkoff |
      | Виткоф         |
      | Vitkof         |
      | Witkoffa       |

  Scenario: The JSON format gives the tally and the claims
    When I run "claims speaker Witkoff --format json"
    Then the command succeeds
    And the JSON document names the speaker "Steve Witkoff" with the tally:
      | status       | claims |
      | unverified   | 2      |
      | mostly-false | 1      |
    And its claims, oldest first, are:
      | said_on    | status       | verdict      | text                                    |
      | 2026-01-24 | unverified   |              | Srečanje bo v Miamiju.                  |
      | 2026-01-31 | unverified   |              | Pogovor v Miamiju je bil konstruktiven. |
      | 2026-02-07 | mostly-false | mostly-false | Dogovor je blizu.                       |

  Scenario: An unknown speaker is an error
    When I look up the speaker "Marco Rubio"
    Then the command fails with exit code 1
    And the error is "no speaker matches 'Marco Rubio'"

  Scenario: A surname two speakers share is ambiguous until the full name is given
    Given the desk imported these claims:
      | speaker     | text                         | said_on    | outlet |
      | Ann Witkoff | Moj mož ne govori v mojem imenu. | 2026-02-01 | Delo   |
    When I look up the speaker "Witkoff"
    Then the command fails with exit code 1
    And the error is "'Witkoff' matches several speakers: Ann Witkoff, Steve Witkoff; give the full name"
    When I look up the speaker "Ann Witkoff"
    Then the command succeeds
    And the speaker is shown with:
      | field   | value       |
      | speaker | Ann Witkoff |
      | claims  | 1           |
