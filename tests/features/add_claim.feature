Feature: Add a claim via the CLI
  A fact-checker who hears a statement on TV or reads it in a post adds it by hand, with its speaker and
  its source. The store gives it a short id to type in later commands, and its history starts "unverified".
  Bad input is refused with the field it concerns, and nothing is written.

  Background:
    Given a fresh claim store

  Scenario: A claim added by hand gets a short id and starts unverified
    When Ana adds a claim with:
      | --text       | Pogovor v Miamiju je bil konstruktiven. |
      | --speaker    | Steve Witkoff                           |
      | --outlet     | STA                                     |
      | --source-url | https://www.sta.si/vest/3400001         |
      | --said-on    | 2026-01-31                              |
      | --channel    | X                                       |
      | --type       | indirect                                |
      | --language   | sl                                      |
    Then the command succeeds
    And it prints a short id of 8 letters and digits
    And it notes "new speaker: Steve Witkoff" on stderr
    When I run "claims show" on that claim
    Then the command succeeds
    And the claim is shown with:
      | field       | value                                   |
      | text        | Pogovor v Miamiju je bil konstruktiven. |
      | speaker     | Steve Witkoff                           |
      | kind        | person                                  |
      | quote type  | indirect                                |
      | channel     | X                                       |
      | said on     | 2026-01-31                              |
      | language    | sl                                      |
      | status      | unverified                              |
      | source      | STA \| https://www.sta.si/vest/3400001  |
      | recorded by | Ana                                     |
    And its history is:
      | # | status     | by  | note     | evidence |
      | 1 | unverified | Ana | recorded |          |

  Scenario: The speaker's role given with the claim is kept with the speaker
    When Ana adds a claim with:
      | --text    | Pogovor v Miamiju je bil konstruktiven. |
      | --speaker | Steve Witkoff                           |
      | --role    | ameriški odposlanec                     |
      | --outlet  | STA                                     |
    Then the command succeeds
    When I run "claims show" on that claim
    Then the claim is shown with:
      | field   | value                               |
      | speaker | Steve Witkoff (ameriški odposlanec) |

  Scenario: The same claim added twice keeps its id and is stored once
    Given Ana added a claim with:
      | --text    | Premirje bo trajalo do nedelje. |
      | --speaker | Kremelj                         |
      | --kind    | organization                    |
      | --outlet  | N1                              |
      | --said-on | 2026-01-31                      |
    When Bojan adds a claim with:
      | --text    | Premirje bo trajalo do nedelje. |
      | --speaker | Kremelj                         |
      | --kind    | organization                    |
      | --outlet  | N1                              |
      | --said-on | 2026-01-31                      |
    Then the command succeeds
    And it prints the same short id as before
    And it notes that the claim is already stored
    And the store holds 1 claim
    When I run "claims show" on that claim
    Then its history is:
      | # | status     | by  |
      | 1 | unverified | Ana |

  Scenario: A date that is not a date is a usage error
    When Ana adds a claim with:
      | --text    | Premirje bo trajalo do nedelje. |
      | --speaker | Kremelj                         |
      | --said-on | 2026-13-01                      |
    Then the command fails with exit code 2
    And the usage error is "Invalid value for '--said-on': '2026-13-01' is not a date of the form YYYY-MM-DD"
    And the store holds no claims

  Scenario: A source URL that is not a URL is refused, naming the field, and nothing is written
    When Ana adds a claim with:
      | --text       | Premirje bo trajalo do nedelje. |
      | --speaker    | Kremelj                         |
      | --outlet     | N1                              |
      | --source-url | notaurl                         |
    Then the command fails with exit code 1
    And the error names the record "claim", the field "/source/url" and the rule "pattern"
    And the store holds no claims
    And the speaker list is empty

  Scenario Outline: Input that breaks a rule of the claim is refused, naming the field and the rule
    When Ana adds a claim with:
      | --text    | Premirje bo trajalo do nedelje. |
      | --speaker | Kremelj                         |
      | --said-on | 2026-01-31                      |
      | <option>  | <value>                         |
    Then the command fails with exit code 1
    And the error names the record "claim", the field "<pointer>" and the rule "<rule>"
    And the store holds no claims

    Examples:
      | option       | value          | pointer     | rule    |
      | --language   | slovenian      | /language   | pattern |
      | --due        | 2026-01-30     | /due        | due     |
      | --source-url | ftp://sta.si/1 | /source/url | pattern |
