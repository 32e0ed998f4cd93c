package io.newswatch.alert;

import java.util.List;

/**
 * A wording kept in the novelty store (key: the wording key, speaker plus match-key text).
 *
 * @param key the wording key
 * @param statementId the id of the statement that first had this wording
 * @param speakerId its speaker
 * @param language its base language (sr, ru, en)
 * @param articleId the article it was first read in
 * @param seenAt when it was seen (epoch ms)
 * @param clusterId the cluster (first appearance and its echoes) it belongs to
 * @param shingles its fingerprint's shingles
 * @param words its fingerprint's word count
 * @param tokens its distinctive tokens, for translation links
 * @param topics its own and its article's topic ids
 */
record SeenStatement(
    String key,
    String statementId,
    String speakerId,
    String language,
    String articleId,
    long seenAt,
    String clusterId,
    int[] shingles,
    int words,
    List<String> tokens,
    List<String> topics) {
  SeenStatement {
    tokens = tokens == null ? List.of() : List.copyOf(tokens);
    topics = topics == null ? List.of() : List.copyOf(topics);
    shingles = shingles == null ? new int[0] : shingles;
  }

  Fingerprint fingerprint() {
    return new Fingerprint(shingles, words);
  }
}
