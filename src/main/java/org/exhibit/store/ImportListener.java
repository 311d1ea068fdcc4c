package org.exhibit.store;

/** Hears how an import goes: each document once it is committed or has failed, then each company checked. */
public interface ImportListener {

    /** A listener that ignores everything. */
    ImportListener NONE = new ImportListener() {
        @Override
        public void document(ImportResult result) {
        }
    };

    /** A listener that hands every summary line, the documents' and the companies', to {@code print}. */
    static ImportListener lines(java.util.function.Consumer<String> print) {
        return new ImportListener() {
            @Override
            public void document(ImportResult result) {
                print.accept(result.summary());
            }

            @Override
            public void company(String summary) {
                print.accept(summary);
            }
        };
    }

    /** A document's result, in the order the documents were given. */
    void document(ImportResult result);

    /** One line saying what the checks across a company's documents found, told only when they found something. */
    default void company(String summary) {
    }
}
