/*
 * Multiboot (v1) entry of the migration lab's guest: a 32-bit protected-mode program with no
 * operating system. QEMU loads it with -kernel and passes -append as the multiboot command line.
 *
 * KVM on this machine runs such a guest in its instruction emulator, where a protected-mode
 * iret fails. So no handler ever returns: the timer handler acknowledges the interrupt, resets
 * the stack and jumps back into the C main loop (guest_tick), and every exception stops the guest.
 */
#define MB_MAGIC 0x1BADB002
#define MB_FLAGS 0x00000003 /* page-align modules, give memory information */

    .section .multiboot, "a"
    .align 4
    .long MB_MAGIC
    .long MB_FLAGS
    .long -(MB_MAGIC + MB_FLAGS)

    .section .bss
    .align 16
stack_bottom:
    .skip 65536
stack_top:

    .section .data
    .align 8
gdt:
    .quad 0x0000000000000000 /* null */
    .quad 0x00CF9A000000FFFF /* 0x08: flat 4 GiB code, ring 0 */
    .quad 0x00CF92000000FFFF /* 0x10: flat 4 GiB data, ring 0 */
gdt_end:
gdt_descriptor:
    .word gdt_end - gdt - 1
    .long gdt

    .section .text
    .global _start
_start:
    cli
    movl %eax, %esi         /* multiboot magic; %ax is needed below */
    movl $stack_top, %esp
    lgdt gdt_descriptor
    ljmp $0x08, $reload_segments
reload_segments:
    movw $0x10, %ax
    movw %ax, %ds
    movw %ax, %es
    movw %ax, %fs
    movw %ax, %gs
    movw %ax, %ss
    movl $stack_top, %esp
    pushl %ebx              /* multiboot information */
    pushl %esi              /* multiboot magic */
    call guest_main         /* never returns */
1:  hlt
    jmp 1b

/* IRQ0 (PIT), remapped to vector 0x20: end of interrupt, fresh stack, back into the loop. */
    .global timer_entry
timer_entry:
    movb $0x20, %al
    outb %al, $0x20
    movl $stack_top, %esp
    call guest_tick         /* never returns */
1:  hlt
    jmp 1b

/* CPU exceptions 0-31: report the vector and stop (the stub pushes its vector number). */
    .macro exception_stub n
    .global exception_\n
exception_\n:
    movl $stack_top, %esp
    pushl $\n
    call guest_exception    /* never returns */
    .endm
    .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    exception_stub \n
    .endr

    .section .data
    .global exception_table
    .align 4
exception_table:
    .irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
    .long exception_\n
    .endr

    .section .note.GNU-stack, "", @progbits
