package org.exhibit.fetch;

/** Hears how a fetch goes: how many filings it found, each filing as it is done, bytes as they arrive, retries. */
public interface FetchListener extends EdgarClient.Listener {

    /** The indexes are read: {@code filings} filings match, {@code missing} of them not yet in the folder. */
    void found(int filings, int missing);

    /** One filing is done with. */
    void filing(Filing filing);
}
