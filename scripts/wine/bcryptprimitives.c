/* Stand-in for bcryptprimitives.dll on Wine 8 (Debian 12), which lacks it.
 * The Go runtime (>= 1.22) loads it at start for ProcessPrng; this stub
 * answers from RtlGenRandom (advapi32's SystemFunction036). Used only by the
 * CI smoke test under Wine, never shipped: real Windows 10/11 has the DLL. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
	while (len > 0) {
		ULONG n = len > 0x40000000 ? 0x40000000 : (ULONG)len;
		if (!SystemFunction036(data, n))
			return FALSE;
		data += n;
		len -= n;
	}
	return TRUE;
}
