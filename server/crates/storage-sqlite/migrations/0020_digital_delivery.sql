-- Since when an account's holder agrees that decisions are announced through the Postfach
-- (§ 41 Abs. 2a VwVfG needs the consent); NULL: decisions go on paper.
ALTER TABLE accounts ADD COLUMN digital_delivery_since INTEGER;
