/**
 * The words of the trade, owned once: rupiah amounts in every notation customers, staff and models write,
 * percentages, numbers that are not money, colours with their shades and synonyms, transmissions, fuels, body
 * types, and the facts buyers ask about (cc, seats, pajak, tangan ke-, BPKB). The classifier, staff uploads,
 * vehicle search, the offline assistant and the reply guard all read text through it.
 */
package com.showroomassistant.vocabulary;
