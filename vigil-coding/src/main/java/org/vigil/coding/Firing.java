package org.vigil.coding;

import java.util.List;
import org.vigil.coding.dictionary.VerbPattern;

/**
 * A verb pattern that fired on a trigger token.
 *
 * @param trigger the trigger's token index
 * @param pattern the pattern that fired
 * @param consumed tokens the pattern's words took: they code nothing of their own and are no target
 * @param patternObliques the arguments the pattern's prepositions named, in the pattern's order
 */
record Firing(int trigger, VerbPattern pattern, List<Integer> consumed, List<Integer> patternObliques) {}
