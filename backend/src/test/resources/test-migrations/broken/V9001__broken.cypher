// A deliberately broken migration: the test expects start-up to stop with this statement.
CREATE CONSTRAINT nonsense IF NOT EXISTS FOR (n:Thing) REQUIRE n.id IS UNIQUE AND SOMETHING;
