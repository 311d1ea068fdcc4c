package org.exhibit.generate;

/** The kinds of document the generator writes, with the type a submission gives them. */
enum Form {
    RELEASE("EX-99", "8-K"), QUARTERLY("10-Q", "10-Q"), ANNUAL("10-K", "10-K");

    final String type;
    final String submissionType;

    Form(String type, String submissionType) {
        this.type = type;
        this.submissionType = submissionType;
    }
}
