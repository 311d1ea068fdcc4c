package org.exhibit.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import org.exhibit.concept.Alias;
import org.exhibit.concept.Concept;
import org.exhibit.concept.Resources;

/** Keeps the database's CONCEPT and bundled LABEL_ALIAS rows equal to the files bundled in this jar. */
final class ConceptData {

    private static final String SETTING = "bundled_concept_data";

    private ConceptData() {
    }

    /** Reloads the bundled concepts and aliases when the jar's files differ from what the database holds. */
    static void load(Connection connection) throws SQLException {
        String fingerprint = fingerprint();
        try (PreparedStatement s = connection.prepareStatement("select val from setting where name = ?")) {
            s.setString(1, SETTING);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next() && rs.getString(1).equals(fingerprint)) {
                    return;
                }
            }
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            write(connection, fingerprint);
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void write(Connection connection, String fingerprint) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(
                Engine.of(connection).upsert("concept", "name", "statement", "unit", "deduction", "description"))) {
            for (Concept c : Resources.concepts()) {
                merge.setString(1, c.name());
                merge.setString(2, c.statement());
                merge.setString(3, c.unit());
                merge.setBoolean(4, c.deduction());
                merge.setString(5, c.description());
                merge.addBatch();
            }
            merge.executeBatch();
        }
        try (PreparedStatement delete = connection.prepareStatement("delete from label_alias where origin = 'bundled'")) {
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into label_alias (label, concept, statement, origin) values (?, ?, ?, 'bundled')")) {
            for (Alias a : Resources.aliases()) {
                insert.setString(1, a.label());
                insert.setString(2, a.concept());
                insert.setString(3, a.statement());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement setting = connection.prepareStatement(Engine.of(connection).upsert("setting", "name", "val"))) {
            setting.setString(1, SETTING);
            setting.setString(2, fingerprint);
            setting.executeUpdate();
        }
    }

    private static String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(Resources.bytes("concepts.csv"));
            digest.update(Resources.bytes("aliases.csv"));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime.", e);
        }
    }
}
