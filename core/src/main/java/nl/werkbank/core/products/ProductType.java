package nl.werkbank.core.products;

/** What was made: blog, podcastaflevering, publicatie, inspiratiebundel, presentatie, LinkedIn-post, werkblad/visual, overig. */
public enum ProductType {
    BLOG,
    PODCAST_EPISODE,
    PUBLICATION,
    INSPIRATION_BUNDLE,
    PRESENTATION,
    LINKEDIN_POST,
    WORKSHEET,
    OTHER
}
