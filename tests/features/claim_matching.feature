Feature: One claim, many sources
  The same statement runs in several outlets, in several languages and scripts. The desk keeps it once, as one
  claim with every place it appeared, so that its verdict covers all of them and a report counts it once. The
  same words (whatever the case, diacritics, script or punctuation) are linked at once; close wording is put to
  a person, who confirms or rejects it.

  Background:
    Given a fresh claim store
    And the desk imported these claims:
      | speaker       | text                                      | said_on    | outlet | language |
      | Steve Witkoff | Pogovori v Miamiju so bili konstruktivni. | 2026-01-31 | STA    | sl       |

  Scenario: The same words from other outlets and scripts become appearances of one claim
    When the desk imports these claims:
      | speaker       | text                                          | said_on    | outlet     | language |
      | Steve Witkoff | »Pogovori v Miamiju so bili konstruktivni«    | 2026-01-31 | Delo       | sl       |
      | Steve Witkoff | Razgovori u Miamiju bili su konstruktivni.    | 2026-02-01 | Jutarnji   | hr       |
    Then the command succeeds
    And the store holds 1 claim
    And the claim "Pogovori v Miamiju so bili konstruktivni." appeared in:
      | outlet   |
      | STA      |
      | Delo     |
      | Jutarnji |

  Scenario: Close wording is a suggestion a person confirms
    When the desk imports these claims:
      | speaker       | text                                           | said_on    | outlet  | language |
      | Steve Witkoff | Разговори у Мајамију су били конструктивни.    | 2026-02-01 | Politika | sr       |
    Then the store holds 2 claims
    And one suggestion waits: "Разговори у Мајамију су били конструктивни." may be "Pogovori v Miamiju so bili konstruktivni."
    When Ana confirms the suggestion
    Then the command succeeds
    And the store holds 1 claim
    And the claim "Pogovori v Miamiju so bili konstruktivni." appeared in:
      | outlet   |
      | STA      |
      | Politika |
    And no suggestion waits

  Scenario: A rejected suggestion leaves two claims
    When the desk imports these claims:
      | speaker       | text                                           | said_on    | outlet   | language |
      | Steve Witkoff | Разговори у Мајамију су били конструктивни.    | 2026-02-01 | Politika | sr       |
    And Ana rejects the suggestion
    Then the command succeeds
    And the store holds 2 claims
    And no suggestion waits

  Scenario: A different statement of the same speaker stays a claim of its own
    When the desk imports these claims:
      | speaker       | text                                  | said_on    | outlet | language |
      | Steve Witkoff | Pogovori v Miamiju niso bili uspešni. | 2026-02-01 | N1     | sl       |
    Then the store holds 2 claims
    And no suggestion waits

  Scenario: A verdict covers every appearance, and the report counts the claim once
    When the desk imports these claims:
      | speaker       | text                                       | said_on    | outlet | language |
      | Steve Witkoff | Razgovori u Miamiju bili su konstruktivni. | 2026-02-01 | N1     | hr       |
    And Bojan records the status "true" on "Pogovori v Miamiju so bili konstruktivni."
    And I run "claims report --format json --out -"
    Then the command succeeds
    And the report counts 1 claim, "true", from "STA" and "N1"
