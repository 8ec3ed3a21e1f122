/*
** segment.h: the segmenter's entry for callers inside presse that have
** checked the text already. Internal: not part of include/presse.h.
*/
#ifndef PRESSE_SEGMENT_H
#define PRESSE_SEGMENT_H

#include "presse.h"

/* presse_segment() of a text that the caller has found to be valid UTF-8
** (presse_utf8_invalid_at(text, n) == n), which is then not checked a
** second time. Invalid UTF-8 here is undefined behaviour. */
int presse_segment_valid(const char *text, size_t n, presse_tokens *out);

#endif
