/*
** qf_key.h: the 16-bit key of a word for the prefix filters of the quote
** extractor, shared by tools/gen_qfilter.c (build time) and quotes_lex.c.
** First two bytes, last byte and length: few words of a text share all
** four with a list entry, so the filter rejects most of them.
*/
#ifndef PRESSE_QF_KEY_H
#define PRESSE_QF_KEY_H

#define QF_KEY(s, n)                                                           \
  ((((unsigned)(unsigned char)(s)[0] * 131u +                                  \
     ((n) > 1 ? (unsigned char)(s)[1] : 0u)) *                                 \
        131u +                                                                 \
    (unsigned char)(s)[(n)-1]) *                                               \
       31u +                                                                   \
   (unsigned)(n)) &                                                            \
      0xFFFFu

#endif
