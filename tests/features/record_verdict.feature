Feature: Record a verdict and see the history
  An editor moves a claim through review to a verdict, with the rationale, the evidence and the reviewer's
  name. Every change is a new event: the history is never rewritten, and `claims audit` proves it.

  Background:
    Given a fresh claim store
    And it is 2026-01-31 18:00 UTC
    And Ana added a claim with:
      | --text    | Pogovor v Miamiju je bil konstruktiven. |
      | --speaker | Steve Witkoff                           |
      | --outlet  | STA                                     |
      | --said-on | 2026-01-31                              |

  Scenario: In review, then a verdict with evidence and a note; the history lists them oldest first
    When it is 2026-02-01 09:30 UTC
    And Bojan records the status "in-review" with:
      | --note | asked the State Department |
    Then the command succeeds
    And it prints "in-review (event 2, by Bojan)" after the claim's id
    When it is 2026-02-02 14:15 UTC
    And Cvetka records the status "mostly-true" with:
      | --note     | both sides confirmed the talks took place |
      | --evidence | https://www.state.gov/briefings/2026-02-01 |
      | --evidence | https://t.me/kremlin/1234                  |
    Then the command succeeds
    And it prints "mostly-true (event 3, by Cvetka)" after the claim's id
    When I run "claims show" on that claim
    Then the claim is shown with:
      | field  | value       |
      | status | mostly-true |
    And its history is:
      | # | recorded_at         | status      | by     | note                                      | evidence                                                             |
      | 1 | 2026-01-31 18:00:00 | unverified  | Ana    | recorded                                  |                                                                      |
      | 2 | 2026-02-01 09:30:00 | in-review   | Bojan  | asked the State Department                |                                                                      |
      | 3 | 2026-02-02 14:15:00 | mostly-true | Cvetka | both sides confirmed the talks took place | https://www.state.gov/briefings/2026-02-01 https://t.me/kremlin/1234 |

  Scenario: An unknown status is refused with the valid ones, and the history is unchanged
    When Bojan records the status "probably"
    Then the command fails with exit code 1
    And the error is "unknown status 'probably'; valid statuses: unverified, in-review, needs-recheck, true, mostly-true, mixed, mostly-false, false, misleading, unverifiable"
    When I run "claims show" on that claim
    Then the claim is shown with:
      | field  | value      |
      | status | unverified |
    And its history is:
      | # | status     | by  |
      | 1 | unverified | Ana |

  Scenario: The history passes the audit
    Given Bojan recorded the status "in-review"
    And Cvetka recorded the status "false"
    When I run "claims audit"
    Then the command succeeds
    And it prints "history intact: 1 claims, 3 status events verified"

  Scenario: A time-bound claim is due for re-checking until a verdict is recorded on or after its due date
    Given it is 2026-01-31 20:00 UTC
    And Ana added a claim with:
      | --text    | Premirje bo trajalo do nedelje. |
      | --speaker | Kremelj                         |
      | --kind    | organization                    |
      | --said-on | 2026-01-31                      |
      | --due     | 2026-02-01                      |
    When I run "claims due --today 2026-02-01"
    Then it prints "(nothing)"
    When I run "claims due --today 2026-02-02 --format jsonl"
    Then the claims listed are:
      | due        | speaker | status     | verdict | text                            |
      | 2026-02-01 | Kremelj | unverified |         | Premirje bo trajalo do nedelje. |
    When Bojan records the status "true"
    And I run "claims due --today 2026-02-05 --format jsonl"
    Then the claims listed are:
      | due        | status | verdict | text                            |
      | 2026-02-01 | true   | true    | Premirje bo trajalo do nedelje. |
    When it is 2026-02-02 08:00 UTC
    And Cvetka records the status "false"
    And I run "claims due --today 2026-02-05"
    Then it prints "(nothing)"
