namespace CoachBot.Dialogs.RolesQa.Text;

/// <summary>
/// The classic Porter (1980) suffix-stripping stemmer for lower-case English words, so "providing",
/// "provider" and "provides" all meet as "provid". Pure and allocation-light: one buffer per call.
/// </summary>
internal static class PorterStemmer
{
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 2)
        {
            return word;
        }

        foreach (var c in word)
        {
            if (c is < 'a' or > 'z')
            {
                return word; // digits, accents: leave as they are
            }
        }

        var state = new StemBuffer(word);
        state.Step1Ab();
        state.Step1C();
        state.Step2();
        state.Step3();
        state.Step4();
        state.Step5();
        return state.Result();
    }

    private ref struct StemBuffer
    {
        private readonly Span<char> _b;
        private int _k; // index of the last character of the current word
        private int _j; // end of the stem during a suffix test

        public StemBuffer(string word)
        {
            _b = word.ToCharArray();
            _k = word.Length - 1;
            _j = 0;
        }

        public readonly string Result() => new(_b[..(_k + 1)]);

        private readonly bool IsConsonant(int i) => _b[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !IsConsonant(i - 1),
            _ => true,
        };

        /// <summary>The number of vowel-consonant sequences between 0 and j.</summary>
        private readonly int Measure()
        {
            var n = 0;
            var i = 0;
            while (true)
            {
                if (i > _j)
                {
                    return n;
                }

                if (!IsConsonant(i))
                {
                    break;
                }

                i++;
            }

            i++;
            while (true)
            {
                while (true)
                {
                    if (i > _j)
                    {
                        return n;
                    }

                    if (IsConsonant(i))
                    {
                        break;
                    }

                    i++;
                }

                i++;
                n++;
                while (true)
                {
                    if (i > _j)
                    {
                        return n;
                    }

                    if (!IsConsonant(i))
                    {
                        break;
                    }

                    i++;
                }

                i++;
            }
        }

        private readonly bool VowelInStem()
        {
            for (var i = 0; i <= _j; i++)
            {
                if (!IsConsonant(i))
                {
                    return true;
                }
            }

            return false;
        }

        private readonly bool DoubleConsonant(int j) => j >= 1 && _b[j] == _b[j - 1] && IsConsonant(j);

        /// <summary>True when i-2, i-1, i is consonant-vowel-consonant and the last is not w, x or y.</summary>
        private readonly bool Cvc(int i)
        {
            if (i < 2 || !IsConsonant(i) || IsConsonant(i - 1) || !IsConsonant(i - 2))
            {
                return false;
            }

            return _b[i] is not ('w' or 'x' or 'y');
        }

        private bool EndsWith(string s)
        {
            var length = s.Length;
            if (length > _k + 1)
            {
                return false;
            }

            if (!_b.Slice(_k - length + 1, length).SequenceEqual(s))
            {
                return false;
            }

            _j = _k - length;
            return true;
        }

        private void SetTo(string s)
        {
            var length = s.Length;
            s.AsSpan().CopyTo(_b.Slice(_j + 1));
            _k = _j + length;
        }

        private void ReplaceIfMeasured(string s)
        {
            if (Measure() > 0)
            {
                SetTo(s);
            }
        }

        public void Step1Ab()
        {
            if (_b[_k] == 's')
            {
                if (EndsWith("sses"))
                {
                    _k -= 2;
                }
                else if (EndsWith("ies"))
                {
                    SetTo("i");
                }
                else if (_k >= 1 && _b[_k - 1] != 's')
                {
                    _k--;
                }
            }

            if (EndsWith("eed"))
            {
                if (Measure() > 0)
                {
                    _k--;
                }
            }
            else if ((EndsWith("ed") || EndsWith("ing")) && VowelInStem())
            {
                _k = _j;
                if (EndsWith("at"))
                {
                    SetTo("ate");
                }
                else if (EndsWith("bl"))
                {
                    SetTo("ble");
                }
                else if (EndsWith("iz"))
                {
                    SetTo("ize");
                }
                else if (DoubleConsonant(_k))
                {
                    _k--;
                    if (_b[_k] is 'l' or 's' or 'z')
                    {
                        _k++;
                    }
                }
                else
                {
                    _j = _k;
                    if (Measure() == 1 && Cvc(_k))
                    {
                        SetTo("e");
                    }
                }
            }
        }

        public void Step1C()
        {
            if (EndsWith("y") && VowelInStem())
            {
                _b[_k] = 'i';
            }
        }

        public void Step2()
        {
            if (_k == 0)
            {
                return;
            }

            switch (_b[_k - 1])
            {
                case 'a':
                    if (EndsWith("ational")) { ReplaceIfMeasured("ate"); break; }
                    if (EndsWith("tional")) { ReplaceIfMeasured("tion"); }
                    break;
                case 'c':
                    if (EndsWith("enci")) { ReplaceIfMeasured("ence"); break; }
                    if (EndsWith("anci")) { ReplaceIfMeasured("ance"); }
                    break;
                case 'e':
                    if (EndsWith("izer")) { ReplaceIfMeasured("ize"); }
                    break;
                case 'l':
                    if (EndsWith("bli")) { ReplaceIfMeasured("ble"); break; }
                    if (EndsWith("alli")) { ReplaceIfMeasured("al"); break; }
                    if (EndsWith("entli")) { ReplaceIfMeasured("ent"); break; }
                    if (EndsWith("eli")) { ReplaceIfMeasured("e"); break; }
                    if (EndsWith("ousli")) { ReplaceIfMeasured("ous"); }
                    break;
                case 'o':
                    if (EndsWith("ization")) { ReplaceIfMeasured("ize"); break; }
                    if (EndsWith("ation")) { ReplaceIfMeasured("ate"); break; }
                    if (EndsWith("ator")) { ReplaceIfMeasured("ate"); }
                    break;
                case 's':
                    if (EndsWith("alism")) { ReplaceIfMeasured("al"); break; }
                    if (EndsWith("iveness")) { ReplaceIfMeasured("ive"); break; }
                    if (EndsWith("fulness")) { ReplaceIfMeasured("ful"); break; }
                    if (EndsWith("ousness")) { ReplaceIfMeasured("ous"); }
                    break;
                case 't':
                    if (EndsWith("aliti")) { ReplaceIfMeasured("al"); break; }
                    if (EndsWith("iviti")) { ReplaceIfMeasured("ive"); break; }
                    if (EndsWith("biliti")) { ReplaceIfMeasured("ble"); }
                    break;
                case 'g':
                    if (EndsWith("logi")) { ReplaceIfMeasured("log"); }
                    break;
                default:
                    break;
            }
        }

        public void Step3()
        {
            switch (_b[_k])
            {
                case 'e':
                    if (EndsWith("icate")) { ReplaceIfMeasured("ic"); break; }
                    if (EndsWith("ative")) { ReplaceIfMeasured(""); break; }
                    if (EndsWith("alize")) { ReplaceIfMeasured("al"); }
                    break;
                case 'i':
                    if (EndsWith("iciti")) { ReplaceIfMeasured("ic"); }
                    break;
                case 'l':
                    if (EndsWith("ical")) { ReplaceIfMeasured("ic"); break; }
                    if (EndsWith("ful")) { ReplaceIfMeasured(""); }
                    break;
                case 's':
                    if (EndsWith("ness")) { ReplaceIfMeasured(""); }
                    break;
                default:
                    break;
            }
        }

        public void Step4()
        {
            if (_k == 0)
            {
                return;
            }

            var matched = _b[_k - 1] switch
            {
                'a' => EndsWith("al"),
                'c' => EndsWith("ance") || EndsWith("ence"),
                'e' => EndsWith("er"),
                'i' => EndsWith("ic"),
                'l' => EndsWith("able") || EndsWith("ible"),
                'n' => EndsWith("ant") || EndsWith("ement") || EndsWith("ment") || EndsWith("ent"),
                'o' => (EndsWith("ion") && _j >= 0 && _b[_j] is 's' or 't') || EndsWith("ou"),
                's' => EndsWith("ism"),
                't' => EndsWith("ate") || EndsWith("iti"),
                'u' => EndsWith("ous"),
                'v' => EndsWith("ive"),
                'z' => EndsWith("ize"),
                _ => false,
            };

            if (matched && Measure() > 1)
            {
                _k = _j;
            }
        }

        public void Step5()
        {
            _j = _k;
            if (_b[_k] == 'e')
            {
                var m = Measure();
                if (m > 1 || (m == 1 && !Cvc(_k - 1)))
                {
                    _k--;
                }
            }

            if (_b[_k] == 'l' && DoubleConsonant(_k))
            {
                _j = _k;
                if (Measure() > 1)
                {
                    _k--;
                }
            }
        }
    }
}
