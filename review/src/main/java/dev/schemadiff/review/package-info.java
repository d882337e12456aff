/**
 * {@code schemadiff review}: what a pull request does to the schema its entities need. Two expected
 * schemas (base and head, read from sources at two git revisions or from two folders) are compared
 * model to model into {@link dev.schemadiff.review.ReviewChange changes}, each with its
 * {@link dev.schemadiff.review.Hazard hazards}, and rendered for a pull request comment, a tool, a
 * terminal or GitHub Actions annotations. Entry point: {@link dev.schemadiff.review.SchemaReview}.
 */
package dev.schemadiff.review;
