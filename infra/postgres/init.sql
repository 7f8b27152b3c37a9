-- Runs once, when the PostgreSQL volume is first created (docker-entrypoint-initdb.d).
-- One server, two databases: Prefect's own (created from POSTGRES_DB) and computecast's warehouse.
CREATE ROLE computecast LOGIN PASSWORD 'computecast';
CREATE DATABASE computecast OWNER computecast;
