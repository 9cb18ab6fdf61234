-- The plan aggregate. Standard SQL (UUID, VARCHAR, DECIMAL, DATE) so that PostgreSQL can run it too.
-- Child rows are ordered by sort_order and removed with their parent (ON DELETE CASCADE).

CREATE TABLE plan (
    id               UUID          PRIMARY KEY,
    title            VARCHAR(500)  NOT NULL,
    partnership      VARCHAR(500)  NOT NULL,
    period_start     DATE          NOT NULL,
    period_end       DATE          NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    predecessor_id   UUID,
    rag_green        VARCHAR(2000) NOT NULL,
    rag_amber        VARCHAR(2000) NOT NULL,
    rag_red          VARCHAR(2000) NOT NULL,
    rag_complete     VARCHAR(2000) NOT NULL,
    rag_not_started  VARCHAR(2000) NOT NULL,
    created_at       TIMESTAMP     NOT NULL,
    updated_at       TIMESTAMP     NOT NULL
);

CREATE TABLE plan_section (
    plan_id     UUID           NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    sort_order  INT            NOT NULL,
    heading     VARCHAR(500)   NOT NULL,
    body        VARCHAR(100000) NOT NULL,
    PRIMARY KEY (plan_id, sort_order)
);

CREATE TABLE organisation (
    id              UUID          PRIMARY KEY,
    plan_id         UUID          NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    sort_order      INT           NOT NULL,
    name            VARCHAR(500)  NOT NULL,
    short_name      VARCHAR(100)  NOT NULL,
    statutory_role  VARCHAR(500)  NOT NULL
);

CREATE TABLE officer (
    id            UUID          PRIMARY KEY,
    plan_id       UUID          NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    sort_order    INT           NOT NULL,
    name          VARCHAR(500)  NOT NULL,
    organisation  VARCHAR(500)  NOT NULL
);

CREATE TABLE strategic_section (
    id          UUID          PRIMARY KEY,
    plan_id     UUID          NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    sort_order  INT           NOT NULL,
    code        VARCHAR(50)   NOT NULL,
    title       VARCHAR(500)  NOT NULL
);

CREATE TABLE theme (
    id                  UUID            PRIMARY KEY,
    plan_id             UUID            NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    sort_order          INT             NOT NULL,
    code                VARCHAR(50)     NOT NULL,
    title               VARCHAR(2000)   NOT NULL,
    description         VARCHAR(100000) NOT NULL,
    why_priority        VARCHAR(100000) NOT NULL,
    what_we_hope_to_do  VARCHAR(100000) NOT NULL,
    approach            VARCHAR(100000) NOT NULL,
    success_measures    VARCHAR(100000) NOT NULL,
    data_used           VARCHAR(100000) NOT NULL
);
CREATE INDEX theme_plan ON theme(plan_id);

CREATE TABLE plan_action (
    id           UUID            PRIMARY KEY,
    theme_id     UUID            NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
    sort_order   INT             NOT NULL,
    lineage_id   UUID            NOT NULL,
    code         VARCHAR(50)     NOT NULL,
    title        VARCHAR(10000)  NOT NULL,
    description  VARCHAR(100000) NOT NULL,
    outcome      VARCHAR(100000) NOT NULL,
    barriers     VARCHAR(100000) NOT NULL,
    start_date   VARCHAR(20),
    due_date     VARCHAR(20),
    status       VARCHAR(20)     NOT NULL,
    rag          VARCHAR(10),
    section_id   UUID            REFERENCES strategic_section(id) ON DELETE SET NULL
);
CREATE INDEX plan_action_theme ON plan_action(theme_id);
CREATE INDEX plan_action_lineage ON plan_action(lineage_id);

CREATE TABLE action_lead (
    action_id     UUID          NOT NULL REFERENCES plan_action(id) ON DELETE CASCADE,
    sort_order    INT           NOT NULL,
    officer       VARCHAR(500)  NOT NULL,
    organisation  VARCHAR(500)  NOT NULL,
    PRIMARY KEY (action_id, sort_order)
);

CREATE TABLE action_partner (
    action_id   UUID          NOT NULL REFERENCES plan_action(id) ON DELETE CASCADE,
    sort_order  INT           NOT NULL,
    name        VARCHAR(500)  NOT NULL,
    PRIMARY KEY (action_id, sort_order)
);

CREATE TABLE action_tag (
    action_id   UUID          NOT NULL REFERENCES plan_action(id) ON DELETE CASCADE,
    sort_order  INT           NOT NULL,
    tag         VARCHAR(500)  NOT NULL,
    PRIMARY KEY (action_id, sort_order)
);

CREATE TABLE milestone (
    id                 UUID            PRIMARY KEY,
    action_id          UUID            NOT NULL REFERENCES plan_action(id) ON DELETE CASCADE,
    sort_order         INT             NOT NULL,
    code               VARCHAR(50)     NOT NULL,
    body               VARCHAR(100000) NOT NULL,
    lead_officer       VARCHAR(500),
    lead_organisation  VARCHAR(500),
    target_text        VARCHAR(100000) NOT NULL,
    due_date           VARCHAR(20),
    status             VARCHAR(20)     NOT NULL,
    rag                VARCHAR(10),
    progress           VARCHAR(100000) NOT NULL
);
CREATE INDEX milestone_action ON milestone(action_id);

CREATE TABLE action_target (
    id               UUID            PRIMARY KEY,
    action_id        UUID            NOT NULL REFERENCES plan_action(id) ON DELETE CASCADE,
    sort_order       INT             NOT NULL,
    description      VARCHAR(10000)  NOT NULL,
    unit             VARCHAR(100)    NOT NULL,
    polarity         VARCHAR(20)     NOT NULL,
    baseline         DECIMAL(19, 4),
    baseline_period  VARCHAR(50)     NOT NULL,
    target_value     DECIMAL(19, 4),
    target_max       DECIMAL(19, 4),
    amber_tolerance  DECIMAL(19, 4)
);
CREATE INDEX action_target_action ON action_target(action_id);

CREATE TABLE target_actual (
    target_id     UUID            NOT NULL REFERENCES action_target(id) ON DELETE CASCADE,
    period        VARCHAR(12)     NOT NULL,
    actual_value  DECIMAL(19, 4)  NOT NULL,
    PRIMARY KEY (target_id, period)
);

-- Updates are history: the application only ever inserts them (undo of an insert is the one delete).
CREATE TABLE progress_update (
    id            UUID            PRIMARY KEY,
    action_id     UUID            NOT NULL REFERENCES plan_action(id) ON DELETE CASCADE,
    period        VARCHAR(12)     NOT NULL,
    update_date   DATE            NOT NULL,
    author        VARCHAR(500)    NOT NULL,
    organisation  VARCHAR(500)    NOT NULL,
    body          VARCHAR(100000) NOT NULL,
    rag           VARCHAR(10),
    source        VARCHAR(1000)   NOT NULL,
    recorded_at   TIMESTAMP       NOT NULL
);
CREATE INDEX progress_update_action ON progress_update(action_id);

CREATE TABLE glossary_term (
    plan_id     UUID            NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    sort_order  INT             NOT NULL,
    term        VARCHAR(500)    NOT NULL,
    definition  VARCHAR(10000)  NOT NULL,
    PRIMARY KEY (plan_id, sort_order)
);

CREATE TABLE funding_line (
    plan_id     UUID            NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    sort_order  INT             NOT NULL,
    item        VARCHAR(2000)   NOT NULL,
    amount      DECIMAL(14, 2)  NOT NULL,
    source      VARCHAR(500)    NOT NULL,
    PRIMARY KEY (plan_id, sort_order)
);

CREATE TABLE plan_setting (
    plan_id       UUID            NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    setting_name  VARCHAR(200)    NOT NULL,
    setting_value VARCHAR(100000) NOT NULL,
    PRIMARY KEY (plan_id, setting_name)
);
